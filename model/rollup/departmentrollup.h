#pragma once

#include "document/documentdata.h"
#include "rollup/unitfiles.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ReportTemplate;
struct RollupRules;

// A department's document added up from its units' documents (汇总): every input cell summed
// by key with rows matched by code, counts added, projects listed with their unit, the units
// as the department's unit list, 机关运行经费 only from the unit kinds the profile names,
// internal transfers eliminated where the profile says so, the texts of the 本级 document, and
// the provenance of every figure. Sums stay within the amount range or the roll-up fails
// naming the cell.
namespace DepartmentRollup {

// Both sides of an internal transfer, as the roll-up found them.
struct TransferFigures
{
    QString title;
    qint64 paid = 0;       // fen, by the paying units
    qint64 received = 0;   // fen, by the receiving units
    qint64 eliminated = 0; // fen, taken off each side
    bool eliminate = true;
};

struct Result
{
    std::optional<DocumentData> data;
    QString error; // why there is no data, naming the file or the cell
    QList<TransferFigures> transfers;
    QStringList notes; // figures left out or left unknown, for the user to know

    // The units, the transfers and the notes as text, in the user's language.
    QString summary() const;
};

// `mainIndex` is the 本级 document among `units` (its texts and its name become the department's).
Result run(const ReportTemplate &reportTemplate, const RollupRules &rules, const QList<UnitDocument> &units,
           int mainIndex);

} // namespace DepartmentRollup
