#pragma once

#include "money/money.h"

#include <QList>
#include <QString>

class Document;
struct Rule;

// The outcome of one template check for one document (and, for checks that run over the rows
// of a table, one classification code).
struct CheckResult
{
    const Rule *check = nullptr;
    QString code;
    qint64 lhs = 0;
    qint64 rhs = 0;
    bool holds = true;
    bool overflow = false; // a side's sum left the range of 64-bit fen: the check cannot hold
    QString message; // the check's message with its figures filled in
};

// Evaluates the template's checks (identities and inequalities between cells) on a document.
namespace CheckRunner {

QList<CheckResult> run(const Document &document);
QList<CheckResult> failures(const Document &document);

} // namespace CheckRunner
