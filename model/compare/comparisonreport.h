#pragma once

#include <QByteArray>
#include <QString>

struct DocumentComparison;

// A comparison written out: as text for the terminal, as JSON for tools, as HTML for the
// screen and the reviewer's PDF (removed words struck through in red, added ones underlined).
namespace ComparisonReport {

QString toText(const DocumentComparison &comparison);
QByteArray toJson(const DocumentComparison &comparison);
QString toHtml(const DocumentComparison &comparison);

} // namespace ComparisonReport
