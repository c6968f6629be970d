#include "compare/documentcomparison.h"

#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"

#include <QSet>

namespace {

QString narrativeText(const Document &document)
{
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(document.reportTemplate(), &error);
    return wording ? NarrativeGenerator::generate(*wording, document).toPlainText() : QString();
}

QString documentName(const Document &document)
{
    const DepartmentInfo &department = document.data().department;
    return QStringLiteral("%1 %2").arg(department.name).arg(department.year);
}

struct CellSide
{
    bool present = false; // the document has this cell at all
    bool input = false;
    std::optional<qint64> value;
    bool count = false;
    QString row;
    QString column;
};

CellSide side(const Document &document, const CellRef &ref)
{
    CellSide cell;
    const LayoutTable *table = document.layout().table(ref.sheet);
    const LayoutRow *row = table ? table->row(ref.row) : nullptr;
    const LayoutBlock *block = table ? table->blockOf(ref.row) : nullptr;
    const ColumnDef *column = block ? block->def->column(ref.column) : nullptr;
    if (!row || !column)
        return cell;
    cell.present = true;
    cell.input = document.layout().isInput(ref);
    cell.count = row->type == ValueType::Count;
    cell.row = QStringList { row->code, row->label }.join(QLatin1Char(' ')).trimmed();
    cell.column = column->title.join(QLatin1Char('/'));
    if (table->blocks.size() > 1 && !block->def->heading.isEmpty())
        cell.column = block->def->heading + QLatin1Char('/') + cell.column;
    if (!cell.input)
        cell.value = document.value(ref);
    else if (const auto it = document.data().cells.constFind(ref); it != document.data().cells.constEnd())
        cell.value = *it;
    return cell;
}

// Every cell of `table` in `document`, in the table's order.
void collect(const Document &document, const QString &tableId, QList<CellRef> *refs, QSet<CellRef> *seen)
{
    const LayoutTable *table = document.layout().table(tableId);
    if (!table)
        return;
    for (const LayoutBlock &block : table->blocks) {
        for (const LayoutRow &row : block.rows) {
            for (const ColumnDef &column : block.def->columns) {
                const CellRef ref { tableId, row.key, column.key };
                if (!seen->contains(ref)) {
                    seen->insert(ref);
                    refs->append(ref);
                }
            }
        }
    }
}

} // namespace

bool DocumentComparison::narrativeChanged() const
{
    for (const DiffSegment &segment : narrative) {
        if (segment.kind != DiffSegment::Kind::Equal)
            return true;
    }
    return false;
}

DocumentComparison DocumentComparison::compare(const Document &before, const Document &after)
{
    DocumentComparison result;
    result.before = documentName(before);
    result.after = documentName(after);
    QStringList tableIds;
    for (const Document *document : { &before, &after }) {
        for (const LayoutTable &table : document->layout().tables()) {
            if (!tableIds.contains(table.def->id))
                tableIds.append(table.def->id);
        }
    }
    for (const QString &tableId : tableIds) {
        QList<CellRef> refs;
        QSet<CellRef> seen;
        collect(before, tableId, &refs, &seen);
        collect(after, tableId, &refs, &seen);
        TableChanges changes;
        changes.tableId = tableId;
        const LayoutTable *table = after.layout().table(tableId) ? after.layout().table(tableId) : before.layout().table(tableId);
        changes.title = table->def->title;
        for (const CellRef &ref : refs) {
            const CellSide a = side(before, ref);
            const CellSide b = side(after, ref);
            if (a.value == b.value)
                continue;
            const CellSide &named = b.present ? b : a;
            const CellChange change { ref, named.row, named.column, a.value, b.value, named.count };
            if (a.input || b.input)
                changes.inputs.append(change);
            else
                changes.derived.append(change);
        }
        if (!changes.inputs.isEmpty() || !changes.derived.isEmpty())
            result.tables.append(changes);
    }
    result.narrative = TextDiff::diff(narrativeText(before), narrativeText(after));
    return result;
}
