#pragma once

#include <QWidget>

class Document;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ProjectListModel;
class ProjectOutputModel;

// Editor of the project performance self-evaluations: the list of projects with budget,
// execution and completion, and a form for the selected one (name, amounts, outputs,
// problems, measures). All edits go through the models as undoable commands.
class ProjectsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsEditor(Document *document, QWidget *parent = nullptr);

    ProjectListModel *projects() const { return m_projects; }
    ProjectOutputModel *outputs() const { return m_outputs; }
    QTableView *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();
    void addProject();
    void removeProject();

    Document *m_document;
    ProjectListModel *m_projects;
    ProjectOutputModel *m_outputs;
    QTableView *m_list;
    QTableView *m_outputList;
    QDataWidgetMapper *m_mapper;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_budget;
    QLineEdit *m_executed;
    QPlainTextEdit *m_problems;
    QPlainTextEdit *m_measures;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_addOutput;
    QPushButton *m_removeOutput;
    QLabel *m_error;
};
