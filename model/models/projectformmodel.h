#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>

class Document;
struct Project;

// Base of the item models over one block of the selected project's self-evaluation form: it
// follows the project by id while projects are added and removed, and turns each committed
// edit into one ChangeProject. Refused input is reported with a message for the cell.
class ProjectFormModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setDocument(Document *document);
    // The project shown, by id; 0 shows none.
    void setProjectId(qint64 id);
    qint64 projectId() const { return m_projectId; }
    const Project *project() const;

signals:
    void entryRefused(const QModelIndex &index, const QString &message);

protected:
    explicit ProjectFormModel(QObject *parent);

    Document *document() const { return m_document; }
    bool isEditable() const;
    // Pushes the edit unless nothing changed; `what` names it for the Edit menu.
    bool change(const Project &changed, const QString &what);
    // The project changed (or another one was shown): update the rows.
    virtual void refresh() = 0;

private:
    int projectIndex() const;

    Document *m_document = nullptr;
    qint64 m_projectId = 0;
    QList<QMetaObject::Connection> m_connections;
};
