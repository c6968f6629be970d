#pragma once

#include <QAbstractTableModel>
#include <QMetaObject>

class Document;
struct Project;

// The output indicators of one project (整合部门热线 | 42 | 个). Every edit, addition and
// removal is one ChangeProject on the document.
class ProjectOutputModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, ValueColumn, UnitColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ProjectOutputModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    // The project shown, by id; 0 shows none.
    void setProjectId(qint64 id);
    qint64 projectId() const { return m_projectId; }

    bool addOutput();
    bool removeOutput(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    int projectIndex() const;
    const Project *project() const;
    bool change(const Project &changed);
    void onProjectChanged();

    Document *m_document = nullptr;
    qint64 m_projectId = 0;
    int m_rowCount = 0; // as last announced to views
    QList<QMetaObject::Connection> m_connections;
};
