#pragma once

#include <QString>

class Document;
struct CellRef;

// Says in words how a derived cell is computed, for its tooltip: "= 基本支出 + 项目支出",
// naming other rows, other columns and other tables the way the official tables do.
namespace FormulaText {

// Empty for input cells.
QString describe(const Document &document, const CellRef &ref);

} // namespace FormulaText
