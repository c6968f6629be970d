#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>

class Document;
struct Project;

// The document's project performance self-evaluations (项目绩效自评), one per row, with the
// form's computed figures (全年预算数, 全年执行数, 执行率, 总分, 等级). Editing a text field pushes a
// ChangeProject; adding and removing rows push AddProject and RemoveProject.
// Rows follow projects by id, so that the model stays consistent while the document changes.
class ProjectListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The list shows name to grade; the form's text fields follow, for a QDataWidgetMapper.
    enum Column { NameColumn, BudgetColumn, ExecutedColumn, CompletionColumn, ScoreColumn, GradeColumn,
                  SupervisorColumn, ImplementerColumn, GoalPlannedColumn, GoalAchievedColumn, TrackedColumn,
                  ProblemsColumn, MeasuresColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles { ProjectIdRole = Qt::UserRole + 1 };
    Q_ENUM(Roles)

    explicit ProjectListModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    // The row of the project with `id`, or -1.
    int rowForId(qint64 id) const { return int(m_ids.indexOf(id)); }

    // Inserts a new, empty project at `row`; false when the document is read-only.
    bool addProject(int row, const QString &name);
    bool removeProject(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void entryRefused(const QModelIndex &index, const QString &message);

private:
    const Project *project(int row) const;
    void onInserted(int index);
    void onRemoved(int index);
    void onChanged(int index);

    Document *m_document = nullptr;
    QList<qint64> m_ids;
    QList<QMetaObject::Connection> m_connections;
};
