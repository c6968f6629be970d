#pragma once

#include <QWidget>

class Document;
class FormChoiceDelegate;
class ProjectFundsModel;
class ProjectIndicatorModel;
class ProjectListModel;
class QCheckBox;
class QComboBox;
class QDataWidgetMapper;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The 项目支出绩效自评表 of one project laid out as the official form: header, 项目资金 with its
// execution rate and score, 年度总体目标, 绩效指标 in three levels, total score and grade, then the
// problems and measures the narrative summarises. Totals, rate, score and grade are live;
// refused input is explained under the block it was typed in.
class ProjectFormEditor : public QWidget
{
    Q_OBJECT

public:
    ProjectFormEditor(Document *document, ProjectListModel *projects, QWidget *parent = nullptr);

    // Shows the project in `row` of the list model; -1 shows none.
    void setProjectRow(int row);

    ProjectFundsModel *funds() const { return m_funds; }
    ProjectIndicatorModel *indicators() const { return m_indicators; }
    QTableView *fundsView() const { return m_fundsView; }
    QTableView *indicatorsView() const { return m_indicatorsView; }
    QLabel *fundsMessage() const { return m_fundsMessage; }
    QLabel *indicatorsMessage() const { return m_indicatorsMessage; }
    QLabel *totals() const { return m_totals; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTotals();
    void updateEnabled();
    void addIndicator();
    void removeIndicator();

    Document *m_document;
    ProjectListModel *m_projects;
    ProjectFundsModel *m_funds;
    ProjectIndicatorModel *m_indicators;
    QDataWidgetMapper *m_mapper;
    QLineEdit *m_name;
    QLineEdit *m_supervisor;
    QLineEdit *m_implementer;
    QTableView *m_fundsView;
    QLabel *m_fundsMessage;
    QPlainTextEdit *m_goalPlanned;
    QPlainTextEdit *m_goalAchieved;
    QTableView *m_indicatorsView;
    FormChoiceDelegate *m_choices;
    QComboBox *m_newCategory;
    QPushButton *m_addIndicator;
    QPushButton *m_removeIndicator;
    QLabel *m_indicatorsMessage;
    QLabel *m_totals;
    QCheckBox *m_tracked;
    QPlainTextEdit *m_problems;
    QPlainTextEdit *m_measures;
    QList<QLabel *> m_labels;
    QList<QGroupBox *> m_boxes;
};
