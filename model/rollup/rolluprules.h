#pragma once

#include "document/documentdata.h"

#include <QList>
#include <QString>

class ReportTemplate;

// What a profile says about rolling a department up from its units (its "rollup" part): which
// sheet holds 机关运行经费 and the unit kinds it is taken from, and the internal transfers
// between the department's units with whether each is eliminated.
struct RollupRules
{
    // One side of an internal transfer: a column of a table, taken from every unit or only from
    // the subordinate units (not 本级), because the other units' figures go outside the department.
    struct Side
    {
        QString table;
        QString column;
        bool subordinateOnly = false;
    };
    struct Transfer
    {
        QString id;
        QString title;
        Side paid;
        Side received;
        bool eliminate = true;
    };

    QString operationsSheet;
    QList<UnitKind> operationsKinds;
    QList<Transfer> transfers;

    bool countsForOperations(UnitKind kind) const { return operationsKinds.contains(kind); }

    // Reads the template's "rollup" part; a fault is described in `error` (nullopt).
    static std::optional<RollupRules> fromTemplate(const ReportTemplate &reportTemplate, QString *error);
};
