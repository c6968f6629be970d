#pragma once

#include "report/chartdata.h"

#include <QList>
#include <QString>

class Document;
struct ChartDef;

// The charts of a disclosure as its profile defines them (charts.json), computed from the
// document's exact figures.
namespace DisclosureCharts {

// Every chart of the profile in its order, empty ones included (the Charts page shows them all).
QList<ChartData> build(const Document &document);
// The chart of the profile with `id`; an empty chart when the profile has none.
ChartData chart(const Document &document, const QString &id);
ChartData chart(const Document &document, const ChartDef &def);

} // namespace DisclosureCharts
