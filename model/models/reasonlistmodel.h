#pragma once

#include "models/reasoncatalog.h"

#include <QAbstractTableModel>
#include <QMetaObject>
#include <QStringList>

class Document;

// The reasons and uses the accountant writes for the narrative, one row each, named by what
// they explain (ReasonCatalog), never by key: first every one the narrative asks for, written
// or still empty, in document order; then any other reason the document holds. Editing a text
// pushes SetText; clearing a reason the narrative does not ask for removes its row.
class ReasonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles { KeyRole = Qt::UserRole + 1, MissingRole };
    Q_ENUM(Roles)

    explicit ReasonListModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    int rowForKey(const QString &key) const { return int(m_keys.indexOf(key)); }
    QString keyAt(int row) const { return m_keys.value(row); }
    // True for keys under one of the template's reason prefixes.
    bool isReasonKey(const QString &key) const;
    // What the key explains, in business words.
    QString subject(const QString &key) const { return m_catalog.label(key); }
    const ReasonCatalog &catalog() const { return m_catalog; }
    // Pushes a SetText; an empty text clears the reason. False if refused, with `error` set.
    bool setText(const QString &key, const QString &text, QString *error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QStringList currentKeys() const;
    void refresh();
    void scheduleRefresh();
    void onTextChanged(const QString &key);

    Document *m_document = nullptr;
    ReasonCatalog m_catalog;
    QStringList m_keys;
    bool m_refreshPending = false;
    QList<QMetaObject::Connection> m_connections;
};
