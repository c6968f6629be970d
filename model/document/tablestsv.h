#pragma once

#include <QString>

class Document;

// The computed tables as tab-separated text, for the command line and for pasting elsewhere:
// one header line of column titles, then one line per row starting with the row key (or
// classification code) and the row name, amounts in the document's unit and precision.
namespace TablesTsv {

// One table; tables with blocks side by side list each block's rows in turn, with the other
// blocks' columns left empty.
QString table(const Document &document, const QString &tableId);
// Every statutory table, each under a "# T1	公开01表	收入支出决算总表" line, separated by blank lines.
QString allTables(const Document &document);

} // namespace TablesTsv
