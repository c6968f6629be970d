#include "models/reasonlistmodel.h"

#include "commands/settext.h"
#include "document/document.h"

#include <algorithm>

ReasonListModel::ReasonListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReasonListModel::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_document = document;
    m_keys.clear();
    if (m_document) {
        for (auto it = m_document->data().texts.constBegin(); it != m_document->data().texts.constEnd(); ++it) {
            if (isReasonKey(it.key()))
                m_keys.append(it.key()); // QMap: already sorted
        }
        m_connections = {
            connect(m_document, &Document::textChanged, this, &ReasonListModel::onTextChanged),
            connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
        };
    }
    endResetModel();
}

bool ReasonListModel::isReasonKey(const QString &key) const
{
    if (!m_document)
        return false;
    const QStringList &prefixes = m_document->reportTemplate().textPrefixes();
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) {
        return key.size() > p.size() && key.startsWith(p);
    });
}

QString ReasonListModel::subject(const QString &key) const
{
    const QString last = key.section(QLatin1Char('.'), -1);
    const CodeBook &book = m_document->reportTemplate().functionalBook();
    if (!book.contains(last))
        return QString();
    return CodeBook::levelOf(last) == CodeBook::Item ? book.qualifiedName(last) : book.name(last);
}

bool ReasonListModel::setText(const QString &key, const QString &text, QString *error)
{
    if (!isReasonKey(key)) {
        *error = tr("A key must start with one of %1 and name what it explains.")
                         .arg(m_document->reportTemplate().textPrefixes().join(QLatin1String(", ")));
        return false;
    }
    if (m_document->data().texts.value(key) == text)
        return true;
    if (!m_document->push(new SetText(m_document, key, text))) {
        *error = tr("The document is read-only.");
        return false;
    }
    return true;
}

void ReasonListModel::onTextChanged(const QString &key)
{
    if (!isReasonKey(key))
        return;
    const bool present = m_document->data().texts.contains(key);
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    const int row = int(it - m_keys.begin());
    const bool listed = it != m_keys.end() && *it == key;
    if (present && !listed) {
        beginInsertRows(QModelIndex(), row, row);
        m_keys.insert(row, key);
        endInsertRows();
    } else if (!present && listed) {
        beginRemoveRows(QModelIndex(), row, row);
        m_keys.removeAt(row);
        endRemoveRows();
    } else if (present) {
        emit dataChanged(index(row, TextColumn), index(row, TextColumn));
    }
}

int ReasonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ReasonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const QString &key = m_keys.at(index.row());
    if (role == KeyRole)
        return key;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return key;
    case SubjectColumn:
        return subject(key);
    case TextColumn:
        return m_document->data().texts.value(key);
    default:
        return {};
    }
}

QVariant ReasonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case SubjectColumn:
        return tr("Subject");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

Qt::ItemFlags ReasonListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TextColumn && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReasonListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString error;
    return setText(m_keys.at(index.row()), value.toString(), &error);
}
