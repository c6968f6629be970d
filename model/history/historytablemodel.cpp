#include "history/historytablemodel.h"

#include "document/document.h"
#include "history/historyrestore.h"

#include <QLocale>

namespace {

constexpr qsizetype ShownTextLength = 80;

QString shortened(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return oneLine.size() > ShownTextLength ? oneLine.left(ShownTextLength) + QStringLiteral("…") : oneLine;
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::historyChanged, this, &HistoryTableModel::reload);
    reload();
}

void HistoryTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryTableModel::setUnit(MoneyUnit unit)
{
    m_unit = unit;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OldColumn), index(rowCount() - 1, NewColumn));
}

bool HistoryTableModel::accepts(const HistoryEntry &entry) const
{
    switch (m_filter.mode) {
    case Filter::Mode::Document:
        return true;
    case Filter::Mode::Cell:
        return entry.scope == HistoryEntry::Scope::Cell && entry.target == m_filter.cell;
    case Filter::Mode::Review:
        return entry.isReview();
    case Filter::Mode::Sections: {
        const QString section = entry.section();
        for (const QString &wanted : m_filter.sections) {
            if (wanted.endsWith(QLatin1Char('.')) ? section.startsWith(wanted) : section == wanted)
                return true;
        }
        return false;
    }
    }
    return false;
}

void HistoryTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        const QList<HistoryEntry> &history = m_document->data().history;
        for (qsizetype i = history.size() - 1; i >= 0; --i) {
            if (accepts(history.at(i)))
                m_rows.append(i);
        }
    }
    endResetModel();
}

const HistoryEntry &HistoryTableModel::entryAt(int row) const
{
    return m_document->data().history.at(m_rows.at(row));
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::valueText(const HistoryEntry &entry, bool old) const
{
    if (!entry.hasValues())
        return shortened(old ? entry.oldText : entry.newText);
    const std::optional<qint64> value = old ? entry.oldValue : entry.newValue;
    if (!value)
        return tr("(empty)");
    const CellRef ref = CellRef::fromString(entry.target);
    const SheetLayout &layout = m_document->layout();
    if (layout.contains(ref) && layout.valueType(ref) == ValueType::Count)
        return QLocale().toString(*value);
    return Money::fromFen(*value).format(m_unit, m_document->reportTemplate().display().decimals);
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= rowCount())
        return QVariant();
    const HistoryEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return entry.user;
        case KindColumn:
            return HistoryEntry::kindName(entry.kind);
        case SubjectColumn:
            return entry.subject;
        case OldColumn:
            return valueText(entry, true);
        case NewColumn:
            return valueText(entry, false);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OldColumn || index.column() == NewColumn)
            return entry.hasValues() ? valueText(entry, index.column() == OldColumn)
                                     : (index.column() == OldColumn ? entry.oldText : entry.newText);
        return entry.action.isEmpty() ? entry.subject : entry.action + QLatin1Char('\n') + entry.subject;
    case Qt::TextAlignmentRole:
        if ((index.column() == OldColumn || index.column() == NewColumn) && entry.hasValues())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case EntryIdRole:
        return entry.id;
    case RestorableRole:
        return HistoryRestore::canRestore(entry);
    }
    return QVariant();
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("Who");
    case KindColumn:
        return tr("How");
    case SubjectColumn:
        return tr("What");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    }
    return QVariant();
}
