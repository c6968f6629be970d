#pragma once

#include "money/money.h"

#include <QList>
#include <QString>

class Document;
struct CheckDef;

// The outcome of one template rule for one document (and, for rules that run over the rows
// of a table, one classification code).
struct CheckResult
{
    const CheckDef *check = nullptr;
    QString code;
    qint64 lhs = 0;
    qint64 rhs = 0;
    bool holds = true;
    bool outOfRange = false; // a side leaves the amount range: the rule cannot be checked
    QString message; // the rule's message with its figures filled in
};

// Evaluates the template's rules (identities and inequalities between cells) on a document.
namespace CheckRunner {

QList<CheckResult> run(const Document &document);
// Whether `lhs op rhs` holds for a rule's operator ("=", "<=", ">=", "<", ">").
bool holds(const QString &op, qint64 lhs, qint64 rhs);
QList<CheckResult> failures(const Document &document);

} // namespace CheckRunner
