#pragma once

#include "document/cellref.h"
#include "document/documentdata.h"

#include <QList>
#include <QString>

class Document;

// Traces one figure of a rolled-up document to its units (来源单位): what each unit's inputs
// make of that cell, input or derived, and what the elimination of internal transfers took off.
namespace SourceContributions {

struct Contribution
{
    BudgetUnit unit;
    bool main = false;
    QString path;
    qint64 value = 0;
    bool known = true; // false for a figure the unit left blank where blank means unknown
};

struct Trace
{
    QList<Contribution> units;
    qint64 eliminated = 0; // taken off the units' sum by eliminating internal transfers
    qint64 total = 0;      // the department's figure
    bool totalKnown = true;
};

// Empty `units` when the document was not rolled up or the cell is not in its tables.
Trace trace(const Document &document, const CellRef &ref);

} // namespace SourceContributions
