#include "models/reasonlistmodel.h"

#include "commands/settext.h"
#include "document/document.h"

#include <QTimer>

#include <algorithm>

ReasonListModel::ReasonListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReasonListModel::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_document = document;
    m_catalog = document ? ReasonCatalog::build(*document) : ReasonCatalog();
    m_keys = currentKeys();
    if (m_document) {
        // Figures decide which reasons the narrative asks for and what their sentences say.
        m_connections = {
            connect(m_document, &Document::textChanged, this, &ReasonListModel::onTextChanged),
            connect(m_document, &Document::cellsChanged, this, &ReasonListModel::scheduleRefresh),
            connect(m_document, &Document::layoutChanged, this, &ReasonListModel::scheduleRefresh),
            connect(m_document, &Document::departmentChanged, this, &ReasonListModel::scheduleRefresh),
            connect(m_document, &Document::projectChanged, this, &ReasonListModel::scheduleRefresh),
            connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
        };
    }
    endResetModel();
}

QStringList ReasonListModel::currentKeys() const
{
    QStringList keys;
    for (const ReasonCatalog::Entry &entry : m_catalog.entries())
        keys.append(entry.key);
    if (!m_document)
        return keys;
    for (auto it = m_document->data().texts.constBegin(); it != m_document->data().texts.constEnd(); ++it) {
        if (isReasonKey(it.key()) && !keys.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

void ReasonListModel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ReasonListModel::refresh);
}

void ReasonListModel::refresh()
{
    m_refreshPending = false;
    if (!m_document)
        return;
    m_catalog = ReasonCatalog::build(*m_document);
    const QStringList keys = currentKeys();
    if (keys == m_keys) {
        // The same reasons: keep the view's selection and only say the wording may differ.
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_keys = keys;
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

bool ReasonListModel::setText(const QString &key, const QString &text, QString *error)
{
    if (!isReasonKey(key)) {
        *error = tr("This text is not a reason the explanations quote.");
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
    const bool asked = m_catalog.asks(key);
    const int row = rowForKey(key);
    if (present && row < 0) {
        beginInsertRows(QModelIndex(), int(m_keys.size()), int(m_keys.size()));
        m_keys.append(key);
        endInsertRows();
    } else if (!present && !asked && row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_keys.removeAt(row);
        endRemoveRows();
    } else if (row >= 0) {
        emit dataChanged(index(row, SubjectColumn), index(row, TextColumn));
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
    const QString text = m_document->data().texts.value(key);
    switch (role) {
    case KeyRole:
        return key;
    case MissingRole:
        return text.trimmed().isEmpty();
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return subject(key);
        if (role == Qt::DisplayRole && text.trimmed().isEmpty())
            return tr("(to be written)");
        return text;
    default:
        return {};
    }
}

QVariant ReasonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Explains");
    case TextColumn:
        return tr("Reason or use");
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
