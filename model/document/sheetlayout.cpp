#include "document/sheetlayout.h"

#include "profile/expression.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

const LayoutRow *LayoutTable::row(const QString &key) const
{
    const auto it = rowIndex.constFind(key);
    return it == rowIndex.constEnd() ? nullptr : &blocks.at(it->first).rows.at(it->second);
}

const LayoutBlock *LayoutTable::blockOf(const QString &rowKey) const
{
    const auto it = rowIndex.constFind(rowKey);
    return it == rowIndex.constEnd() ? nullptr : &blocks.at(it->first);
}

SheetLayout::SheetLayout(const ReportTemplate &reportTemplate, const QMap<QString, QStringList> &classRows)
    : m_template(&reportTemplate)
{
    for (const TableDef &def : reportTemplate.tables())
        addTable(def, classRows);
    for (const TableDef &def : reportTemplate.sheets())
        addTable(def, classRows);
}

void SheetLayout::addTable(const TableDef &def, const QMap<QString, QStringList> &classRows)
{
    const CodeBook &functional = m_template->functionalBook();
    const CodeBook &economic = m_template->economicBook();
    LayoutTable table;
    table.def = &def;
    for (const BlockDef &blockDef : def.blocks) {
        LayoutBlock block;
        block.def = &blockDef;
        QStringList topLevel;
        const auto fixedRow = [](const RowDef &rowDef) {
            LayoutRow row;
            row.key = rowDef.key;
            row.label = rowDef.label;
            row.kind = rowDef.kind;
            row.indent = rowDef.indent;
            row.type = rowDef.type;
            row.countUnit = rowDef.countUnit;
            row.allowNegative = rowDef.allowNegative;
            row.def = &rowDef;
            return row;
        };
        const auto codeRow = [&](const RowDef &rowDef, const QString &code, const CodeBook &book) {
            LayoutRow row = fixedRow(rowDef);
            row.key = code;
            row.code = code;
            row.label = book.name(code);
            row.level = CodeBook::levelOf(code);
            row.indent = row.level - 1;
            return row;
        };
        qsizetype totalRowIndex = -1;
        for (const RowDef &rowDef : blockDef.rows) {
            switch (rowDef.kind) {
            case RowKind::Fixed:
                block.rows.append(fixedRow(rowDef));
                break;
            case RowKind::Total:
                totalRowIndex = block.rows.size();
                block.rows.append(fixedRow(rowDef));
                block.rows.last().sumsChildren = true;
                break;
            case RowKind::ClassList:
                for (const QString &code : m_template->classes()) {
                    block.rows.append(codeRow(rowDef, code, functional));
                    block.rows.last().indent = 0;
                    topLevel.append(code);
                }
                break;
            case RowKind::Economic:
                for (const QString &classCode : rowDef.classes) {
                    LayoutRow classRow = codeRow(rowDef, classCode, economic);
                    classRow.sumsChildren = true;
                    for (const CodeEntry &item : economic.children(classCode)) {
                        classRow.children.append(item.code);
                    }
                    block.rows.append(classRow);
                    for (const CodeEntry &item : economic.children(classCode))
                        block.rows.append(codeRow(rowDef, item.code, economic));
                    topLevel.append(classCode);
                }
                break;
            case RowKind::Functional: {
                QStringList items = classRows.value(def.id);
                std::sort(items.begin(), items.end());
                QString currentClass;
                QString currentSection;
                for (const QString &item : std::as_const(items)) {
                    const QString classCode = item.left(3);
                    const QString sectionCode = item.left(5);
                    if (classCode != currentClass) {
                        currentClass = classCode;
                        block.rows.append(codeRow(rowDef, classCode, functional));
                        block.rows.last().sumsChildren = true;
                        topLevel.append(classCode);
                    }
                    if (sectionCode != currentSection) {
                        currentSection = sectionCode;
                        block.rows.append(codeRow(rowDef, sectionCode, functional));
                        block.rows.last().sumsChildren = true;
                        for (qsizetype i = block.rows.size() - 2; i >= 0; --i) {
                            if (block.rows[i].code == classCode) {
                                block.rows[i].children.append(sectionCode);
                                break;
                            }
                        }
                    }
                    block.rows.append(codeRow(rowDef, item, functional));
                    for (qsizetype i = block.rows.size() - 2; i >= 0; --i) {
                        if (block.rows[i].code == sectionCode) {
                            block.rows[i].children.append(item);
                            break;
                        }
                    }
                }
                break;
            }
            }
        }
        if (totalRowIndex >= 0)
            block.rows[totalRowIndex].children = topLevel;
        for (qsizetype r = 0; r < block.rows.size(); ++r)
            table.rowIndex.insert(block.rows.at(r).key, { int(table.blocks.size()), int(r) });
        table.blocks.append(block);
    }
    m_tableIndex.insert(def.id, m_tables.size());
    m_tables.append(table);
}

const LayoutTable *SheetLayout::table(const QString &id) const
{
    const auto it = m_tableIndex.constFind(id);
    return it == m_tableIndex.constEnd() ? nullptr : &m_tables.at(*it);
}

bool SheetLayout::contains(const CellRef &ref) const
{
    return column(ref) != nullptr;
}

const ColumnDef *SheetLayout::column(const CellRef &ref) const
{
    const LayoutTable *t = table(ref.sheet);
    const LayoutBlock *block = t ? t->blockOf(ref.row) : nullptr;
    return block ? block->def->column(ref.column) : nullptr;
}

ValueType SheetLayout::valueType(const CellRef &ref) const
{
    const LayoutTable *t = table(ref.sheet);
    const LayoutRow *row = t ? t->row(ref.row) : nullptr;
    return row ? row->type : ValueType::Money;
}

bool SheetLayout::allowsNegative(const CellRef &ref) const
{
    const LayoutTable *t = table(ref.sheet);
    const LayoutRow *row = t ? t->row(ref.row) : nullptr;
    const ColumnDef *col = column(ref);
    return (row && row->allowNegative) || (col && col->allowNegative);
}

bool SheetLayout::unknownWhenBlank(const CellRef &ref) const
{
    const ColumnDef *col = column(ref);
    return col && col->unknownWhenBlank && isInput(ref);
}

CellFormula SheetLayout::formula(const CellRef &ref, QString *error) const
{
    CellFormula result;
    const LayoutTable *t = table(ref.sheet);
    const LayoutRow *row = t ? t->row(ref.row) : nullptr;
    const ColumnDef *col = column(ref);
    if (!row || !col)
        return result;

    const auto parse = [&](const QString &text, CellFormula::Source source, auto &&toRef) {
        bool ok = false;
        QString parseError;
        const Expression expression = Expression::parse(text, &ok, &parseError);
        if (!ok) {
            if (error)
                *error = parseError;
            return;
        }
        result.source = source;
        result.text = text;
        for (const Expression::Term &term : expression.terms)
            result.terms.append({ term.sign, toRef(term.reference) });
    };

    const QString cellFormula = row->def ? row->def->formulas.value(col->key) : QString();
    if (!cellFormula.isEmpty()) {
        QString text = cellFormula;
        text.replace(QLatin1String("{code}"), row->code);
        parse(text, CellFormula::Source::CellFormula, [](const QString &r) { return CellRef::fromString(r); });
    } else if (!col->formula.isEmpty()) {
        parse(col->formula, CellFormula::Source::ColumnFormula,
              [&](const QString &c) { return CellRef { ref.sheet, ref.row, c }; });
    } else if (row->def && row->kind == RowKind::Fixed && !row->def->formula.isEmpty()) {
        parse(row->def->formula, CellFormula::Source::RowFormula,
              [&](const QString &r) { return CellRef { ref.sheet, r, ref.column }; });
    } else if (row->sumsChildren) {
        // Totals and classification parents are sums even while they have no children yet,
        // so that nobody types a figure that the rows below should explain.
        result.source = CellFormula::Source::Children;
        for (const QString &child : row->children)
            result.terms.append({ 1, CellRef { ref.sheet, child, ref.column } });
    }
    return result;
}
