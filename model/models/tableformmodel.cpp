#include "models/tableformmodel.h"

#include "document/document.h"
#include "models/formulatext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace {

// Locked cells are shaded like the grey cells of the official Excel templates.
const QColor DerivedBackground(0xee, 0xf0, 0xf3);
const QColor CodeBackground(0xf7, 0xf7, 0xf2);
// An unknown figure is an empty grey cell, so that it never reads as 0.00.
const QColor UnknownBackground(0xdc, 0xdc, 0xdc);

bool isBoldRow(const LayoutRow &row)
{
    // The fixed 类 list of the two-sided tables is plain, like the official forms.
    return row.kind == RowKind::Total || (row.level == 1 && row.kind != RowKind::ClassList)
            || (row.def && !row.def->formula.isEmpty());
}

} // namespace

TableFormModel::TableFormModel(const QString &tableId, QObject *parent)
    : QAbstractTableModel(parent), m_tableId(tableId)
{
}

void TableFormModel::setDocument(Document *document)
{
    if (document == m_document)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_document = document;
    if (m_document) {
        m_unit = m_document->reportTemplate().display().unit;
        m_connections = {
            connect(m_document, &Document::cellsChanged, this, &TableFormModel::onCellsChanged),
            connect(m_document, &Document::layoutChanged, this, &TableFormModel::rebuild),
            connect(m_document, &Document::rowFundChanged, this, &TableFormModel::refreshAll),
            connect(m_document, &Document::readOnlyChanged, this, &TableFormModel::refreshAll),
            connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
        };
    }
    const LayoutTable *table = m_document ? m_document->layout().table(m_tableId) : nullptr;
    m_grid = table ? TableGrid(*table) : TableGrid();
    m_funds = m_document ? ClassRowLists::fundsOf(m_document->reportTemplate(), m_tableId) : QList<Fund>();
    if (m_funds.size() < 2)
        m_funds.clear();
    endResetModel();
}

void TableFormModel::rebuild()
{
    // The document has already replaced its layout: the old grid must not be read again.
    beginResetModel();
    const LayoutTable *table = m_document->layout().table(m_tableId);
    m_grid = table ? TableGrid(*table) : TableGrid();
    endResetModel();
}

void TableFormModel::setUnit(MoneyUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    refreshAll();
}

int TableFormModel::decimals() const
{
    return m_document ? m_document->reportTemplate().display().decimals : 2;
}

void TableFormModel::refreshAll()
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TableFormModel::onCellsChanged(const QList<CellRef> &cells)
{
    int top = rowCount(), left = columnCount(), bottom = -1, right = -1;
    for (const CellRef &ref : cells) {
        const auto [line, column] = m_grid.positionOf(ref);
        if (line < 0)
            continue;
        top = std::min(top, line);
        bottom = std::max(bottom, line);
        left = std::min(left, column);
        right = std::max(right, column);
    }
    if (bottom >= 0)
        emit dataChanged(index(top, left), index(bottom, right));
}

CellRef TableFormModel::cellRef(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_grid.cellAt(index.row(), index.column()) : CellRef();
}

QModelIndex TableFormModel::indexOf(const CellRef &ref) const
{
    const auto [line, column] = m_grid.positionOf(ref);
    return line < 0 ? QModelIndex() : index(line, column);
}

int TableFormModel::rowForCode(const QString &code) const
{
    return m_grid.lineOf(code);
}

bool TableFormModel::isInput(const QModelIndex &index) const
{
    const CellRef ref = cellRef(index);
    return ref.isValid() && m_document->layout().isInput(ref);
}

QString TableFormModel::outOfRangeText()
{
    return tr("#out of range");
}

QString TableFormModel::plainText(const QModelIndex &index) const
{
    const CellRef ref = cellRef(index);
    if (!ref.isValid()) {
        const LayoutRow *row = m_grid.rowAt(index.row(), index.column());
        // A copied name is the 科目's name, without the fund's mark.
        if (row && m_grid.column(index.column()).kind == TableGrid::ColumnKind::Name)
            return row->label;
        return data(index, Qt::DisplayRole).toString().trimmed();
    }
    if (m_document->layout().isInput(ref) && !m_document->data().cells.contains(ref))
        return QString();
    if (m_document->isOutOfRange(ref))
        return outOfRangeText();
    if (m_document->layout().valueType(ref) == ValueType::Count)
        return QString::number(m_document->value(ref));
    return m_document->money(ref).format(m_unit, decimals(), false);
}

int TableFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.lineCount();
}

int TableFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

QString TableFormModel::nameText(const LayoutRow &row) const
{
    // Ideographic spaces indent 款 and 项 the way the printed tables do.
    return QString(row.indent, QChar(0x3000)) + row.label;
}

const Fund *TableFormModel::fundOf(const LayoutRow &row) const
{
    if (m_funds.isEmpty() || row.kind != RowKind::Functional || row.level != CodeBook::Item)
        return nullptr;
    const QString id = ClassRowLists::fundOf(m_document->reportTemplate(), m_document->data(), m_tableId, row.code);
    const auto found = std::find_if(m_funds.cbegin(), m_funds.cend(), [&id](const Fund &fund) { return fund.id == id; });
    return found != m_funds.cend() ? &*found : nullptr;
}

QVariant TableFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const LayoutRow *row = m_grid.rowAt(index.row(), index.column());
    if (!row)
        return role == IsValueRole || role == IsInputRole ? QVariant(false) : QVariant();
    const TableGrid::Column &column = m_grid.column(index.column());
    switch (role) {
    case RowKeyRole:
        return row->key;
    case RowLevelRole:
        return row->level;
    case Qt::FontRole:
        if (isBoldRow(*row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    if (column.kind == TableGrid::ColumnKind::Value)
        return valueData(m_grid.cellAt(index.row(), index.column()), role);
    const Fund *fund = column.kind == TableGrid::ColumnKind::Name ? fundOf(*row) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column.kind == TableGrid::ColumnKind::Code)
            return row->code;
        // The fund's mark tells apart the 科目 of the funds a table such as 支出决算表 lists together.
        return fund ? tr("%1 〔%2〕").arg(nameText(*row), fund->mark) : nameText(*row);
    case Qt::ToolTipRole:
        if (column.kind == TableGrid::ColumnKind::Code)
            return row->code;
        return fund ? tr("%1\nA 科目 of %2").arg(row->label, fund->name) : row->label;
    case FundRole:
        return fund ? fund->id : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return QBrush(CodeBackground);
    case IsValueRole:
    case IsInputRole:
        return false;
    default:
        return {};
    }
}

QVariant TableFormModel::valueData(const CellRef &ref, int role) const
{
    const SheetLayout &layout = m_document->layout();
    const bool input = layout.isInput(ref);
    const bool count = layout.valueType(ref) == ValueType::Count;
    if (m_document->isOutOfRange(ref) && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == FormulaRole)) {
        return role == Qt::DisplayRole ? outOfRangeText()
                                       : tr("Out of range: this sum is beyond ±1,000,000,000,000 元 and cannot be "
                                            "computed. Check the amounts it adds.\n")
                        + FormulaText::describe(*m_document, ref);
    }
    switch (role) {
    case Qt::DisplayRole: {
        if (!m_document->isKnown(ref))
            return QString();
        const bool stored = m_document->data().cells.contains(ref);
        const qint64 value = m_document->value(ref);
        if (!stored && value == 0)
            return QString(); // blank like the official tables, but a typed 0 shows as 0.00
        return count ? QString::number(value) : Money::fromFen(value).format(m_unit, decimals());
    }
    case Qt::EditRole: {
        if (!m_document->data().cells.contains(ref))
            return QString();
        const qint64 value = m_document->value(ref);
        return count ? QString::number(value) : Money::fromFen(value).toExactString(m_unit);
    }
    case Qt::ToolTipRole:
        if (!m_document->isKnown(ref)) {
            return input ? tr("Unknown: this figure has not been entered. Type 0 if it is zero.")
                         : tr("Unknown: computed from a figure that has not been entered.");
        }
        return FormulaText::describe(*m_document, ref);
    case FormulaRole:
        return FormulaText::describe(*m_document, ref);
    case IsKnownRole:
        return m_document->isKnown(ref);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!m_document->isKnown(ref))
            return QBrush(UnknownBackground);
        return input ? QVariant() : QVariant(QBrush(DerivedBackground));
    case CellRefRole:
        return ref.toString();
    case IsInputRole:
        return input;
    case IsValueRole:
        return true;
    default:
        return {};
    }
}

QVariant TableFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const TableGrid::Column &column = m_grid.column(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.path.isEmpty() ? QString() : column.path.last();
    case Qt::ToolTipRole:
        return column.path.join(QStringLiteral(" › "));
    case HeaderPathRole:
        return column.path;
    case LanciRole:
        return column.lanci;
    default:
        return {};
    }
}

Qt::ItemFlags TableFormModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_document->isReadOnly() && isInput(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TableFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    const CellRef ref = cellRef(index);
    QString error;
    if (!ref.isValid())
        error = tr("Only amounts can be typed here.");
    else if (m_document->enterCell(ref, value.toString(), m_unit, &error))
        return true;
    emit entryRefused(index, error);
    return false;
}
