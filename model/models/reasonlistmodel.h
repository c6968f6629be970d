#pragma once

#include <QAbstractTableModel>
#include <QMetaObject>
#include <QStringList>

class Document;

// The reasons and uses the accountant writes for the narrative ("reason.*", "use.*",
// "explain.*" keys of the template), one row per key that has a text. Editing a text pushes
// SetText; setting a key's text adds its row and clearing it removes the row.
class ReasonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, SubjectColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles { KeyRole = Qt::UserRole + 1 };
    Q_ENUM(Roles)

    explicit ReasonListModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    int rowForKey(const QString &key) const { return int(m_keys.indexOf(key)); }
    // True for keys under one of the template's reason prefixes.
    bool isReasonKey(const QString &key) const;
    // What the key is about, from the code books: "use.201" → 一般公共服务支出.
    QString subject(const QString &key) const;
    // Pushes a SetText; an empty text removes the key. False if refused, with `error` set.
    bool setText(const QString &key, const QString &text, QString *error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void onTextChanged(const QString &key);

    Document *m_document = nullptr;
    QStringList m_keys; // sorted
    QList<QMetaObject::Connection> m_connections;
};
