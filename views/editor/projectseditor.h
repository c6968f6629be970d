#pragma once

#include <QWidget>

class Document;
class ProjectFormEditor;
class ProjectListModel;
class QPushButton;
class QTableView;

// Editor of the project performance self-evaluations: the list of projects with their
// budget, execution, rate, score and grade, and the selected project's self-evaluation form.
// All edits go through the models as undoable commands.
class ProjectsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsEditor(Document *document, QWidget *parent = nullptr);

    ProjectListModel *projects() const { return m_projects; }
    ProjectFormEditor *form() const { return m_form; }
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
    QTableView *m_list;
    ProjectFormEditor *m_form;
    QPushButton *m_add;
    QPushButton *m_remove;
};
