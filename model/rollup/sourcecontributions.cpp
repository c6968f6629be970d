#include "rollup/sourcecontributions.h"

#include "document/document.h"
#include "document/recalculator.h"

namespace SourceContributions {

Trace trace(const Document &document, const CellRef &ref)
{
    Trace trace;
    const RollupRecord &record = document.data().rollup;
    if (record.isEmpty() || !document.layout().contains(ref))
        return trace;
    trace.total = document.value(ref);
    trace.totalKnown = document.isKnown(ref);
    // Every formula is a signed sum, so each unit's inputs computed alone give its part of a
    // derived figure, and the eliminated amounts computed alone give what elimination took off.
    QString error;
    Recalculator values(document.layout(), &error);
    const int index = values.indexOf(ref);
    if (index < 0)
        return trace;
    for (const RollupSource &source : record.sources) {
        values.loadInputs(source.cells);
        trace.units.append({ source.unit, source.main, source.path, values.valueAt(index), values.isKnownAt(index) });
    }
    values.loadInputs(record.eliminated);
    trace.eliminated = values.valueAt(index);
    return trace;
}

} // namespace SourceContributions
