#pragma once

#include "document/cellref.h"
#include "profile/reporttemplate.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One row as it stands in a table once the template's row kinds are expanded for a document.
struct LayoutRow
{
    QString key;   // a template key, or the classification code
    QString code;  // the classification code, empty for fixed rows
    QString label;
    RowKind kind = RowKind::Fixed;
    int level = 0; // 1 类, 2 款, 3 项 (economic: 1 class, 2 item); 0 for fixed rows
    int indent = 0;
    ValueType type = ValueType::Money;
    QString countUnit;
    bool allowNegative = false;
    QStringList children; // rows this row sums in input columns
    bool sumsChildren = false; // a total or a classification parent, even while it has no children
    const RowDef *def = nullptr;
};

struct LayoutBlock
{
    const BlockDef *def = nullptr;
    QList<LayoutRow> rows;
};

struct LayoutTable
{
    const TableDef *def = nullptr;
    QList<LayoutBlock> blocks;
    QHash<QString, std::pair<int, int>> rowIndex; // row key → (block, row)

    const LayoutRow *row(const QString &key) const;
    const LayoutBlock *blockOf(const QString &rowKey) const;
};

// How one cell gets its value.
struct CellFormula
{
    enum class Source { Input, CellFormula, ColumnFormula, RowFormula, Children };
    struct Term
    {
        int sign = 1;
        CellRef ref;
    };

    Source source = Source::Input;
    QString text; // the template's formula, or empty for sums of children
    QList<Term> terms;
};

// The rows and cells of every table and sheet of one document: the template's rows with the
// document's classification codes filled in. Rebuilt whenever a classification row is added
// or removed; everything else about a document leaves it unchanged.
class SheetLayout
{
public:
    SheetLayout(const ReportTemplate &reportTemplate, const QMap<QString, QStringList> &classRows);

    const ReportTemplate &reportTemplate() const { return *m_template; }
    // Statutory tables in document order, then the supplementary sheets.
    const QList<LayoutTable> &tables() const { return m_tables; }
    const LayoutTable *table(const QString &id) const;

    bool contains(const CellRef &ref) const;
    const ColumnDef *column(const CellRef &ref) const;
    ValueType valueType(const CellRef &ref) const;
    bool allowsNegative(const CellRef &ref) const;
    // Whether a blank input cell is unknown rather than zero.
    bool unknownWhenBlank(const CellRef &ref) const;
    bool isInput(const CellRef &ref) const { return formula(ref).source == CellFormula::Source::Input; }
    // How the cell is computed; errors in the template's formulas land in `error`.
    CellFormula formula(const CellRef &ref, QString *error = nullptr) const;

private:
    void addTable(const TableDef &def, const QMap<QString, QStringList> &classRows);

    const ReportTemplate *m_template;
    QList<LayoutTable> m_tables;
    QHash<QString, qsizetype> m_tableIndex;
};
