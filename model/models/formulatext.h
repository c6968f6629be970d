#pragma once

#include <QString>
#include <QStringList>

class Document;
struct CellRef;

// Says in words how a derived cell is computed, for its tooltip: "= 基本支出 + 项目支出",
// naming other rows, other columns and other tables the way the official tables do.
namespace FormulaText {

// Empty for input cells.
QString describe(const Document &document, const CellRef &ref);

// The other tables a table's derived cells take figures from, as "公开03表 支出决算表", in the
// order they are first used; generated from the template's formulas.
QStringList sourceTables(const Document &document, const QString &tableId);
// Whether any cell of the table is derived.
bool hasDerivedCells(const Document &document, const QString &tableId);

} // namespace FormulaText
