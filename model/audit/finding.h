#pragma once

#include "document/cellref.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

// How serious a finding is: an error must be corrected, a warning must be explained (出错说明),
// an info is only worth knowing (an explained warning becomes one).
enum class Severity { Error, Warning, Info };

// One figure a finding reports: an amount in fen, a count, or a percentage scaled by
// 10^decimals. The kind says how to show it.
struct AuditValue
{
    enum class Kind { None, Money, Count, Percent };

    Kind kind = Kind::None;
    qint64 value = 0;
    int decimals = 2; // places shown: 万元 decimals for money, percentage decimals for percents

    bool isSet() const { return kind != Kind::None; }
    // "2.33 万元", "1 辆", "91.47%"; `unit` names a count's unit.
    QString text(const QString &unit = QString()) const;

    static AuditValue money(qint64 fen, int decimals = 2) { return { Kind::Money, fen, decimals }; }
    static AuditValue count(qint64 value) { return { Kind::Count, value, 0 }; }
    static AuditValue percent(qint64 scaled, int decimals) { return { Kind::Percent, scaled, decimals }; }
};

// Where a finding points: a cell, a sentence of a text, a project, or the department record.
struct FindingLocation
{
    enum class Kind { Cell, Text, Project, Department };

    Kind kind = Kind::Cell;
    CellRef cell;
    QString textKey; // a document text key; empty for the external text given to the audit
    int offset = -1; // characters into that text
    int length = 0;
    int project = -1; // index into the document's project list

    bool operator==(const FindingLocation &) const = default;

    static FindingLocation atCell(const CellRef &ref) { return { Kind::Cell, ref, {}, -1, 0, -1 }; }
    static FindingLocation inText(const QString &key, int offset, int length)
    {
        return { Kind::Text, {}, key, offset, length, -1 };
    }
    static FindingLocation atProject(int index) { return { Kind::Project, {}, {}, -1, 0, index }; }
    static FindingLocation atDepartment() { return { Kind::Department, {}, {}, -1, 0, -1 }; }
    QString toString() const;
};

// One thing the audit found: which rule, how bad, a sentence for the accountant, the figures
// compared and where to look.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QString kind;    // the family of the rule ("identity", "tail", "share", "residue"…), for grouping
    QString section; // the 情况说明 section it concerns ("五（三）"), or the table ("T5")
    QString message; // business Chinese, figures filled in
    AuditValue actual;   // the figure as stated or computed on the left
    AuditValue expected; // what the data or the rule requires
    AuditValue difference;
    QList<FindingLocation> locations;
    QString explainKey;  // document text holding the explanation: "explain.<rule>[.<code>]" or a reason key
    QString explanation; // its current content

    bool isExplained() const { return !isBlankExplanation(explanation); }
    // A reason of "无" explains nothing.
    static bool isBlankExplanation(const QString &text);
};

namespace AuditSeverity {
QString name(Severity severity);        // "error", "warning", "info"
QString displayName(Severity severity); // 错误, 警告, 提示
}

// The exit status of an audit run: 2 with any error, 1 with unexplained warnings only, else 0.
int auditExitStatus(const QList<Finding> &findings);

// Fills "{name}" placeholders of a rule's message.
QString fillMessage(QString message, std::initializer_list<std::pair<QLatin1String, QString>> values);

// The tail difference allowed when `terms` independently rounded figures (2 decimals of 万元)
// are added up: 0.005 × (terms + 1), rounded up to whole 0.01 万元; none for a single figure.
qint64 tailToleranceFen(int terms);
