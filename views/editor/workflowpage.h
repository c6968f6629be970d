#pragma once

#include <QWidget>

class NavigationModel;
class QGridLayout;
class QLabel;
class QPushButton;

// The first page of a document: the order of work (部门信息 → 支出 and 收入 tables → 三公 and
// other sheets → projects → reasons → review), each step's progress counted from the
// navigation's marks, and a legend of those marks. Clicking a step opens its first entry that
// still needs work.
class WorkflowPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowPage(NavigationModel *navigation, QWidget *parent = nullptr);

    // The entries a step covers, in order; steps are numbered from 0.
    QStringList stepEntries(int step) const;
    QPushButton *stepButton(int step) const { return m_buttons.value(step); }
    QString progressText(int step) const;

signals:
    void entryRequested(const QString &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    QString nextEntry(int step) const;

    NavigationModel *m_navigation;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_legend;
    QList<QPushButton *> m_buttons;
    QList<QLabel *> m_progress;
};
