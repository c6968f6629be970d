#include "audit/auditreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AuditReport {

namespace {

QJsonValue valueJson(const AuditValue &value)
{
    if (!value.isSet())
        return QJsonValue::Null;
    const char *kinds[] = { "none", "money", "count", "percent" };
    QJsonObject json { { QStringLiteral("kind"), QString::fromLatin1(kinds[int(value.kind)]) },
                       { QStringLiteral("text"), value.text() } };
    if (value.kind == AuditValue::Kind::Money)
        json.insert(QStringLiteral("fen"), QString::number(value.value));
    else
        json.insert(QStringLiteral("value"), double(value.value));
    if (value.kind == AuditValue::Kind::Percent)
        json.insert(QStringLiteral("decimals"), value.decimals);
    return json;
}

QJsonObject locationJson(const FindingLocation &location)
{
    switch (location.kind) {
    case FindingLocation::Kind::Cell:
        return { { QStringLiteral("kind"), QStringLiteral("cell") },
                 { QStringLiteral("table"), location.cell.sheet },
                 { QStringLiteral("row"), location.cell.row },
                 { QStringLiteral("column"), location.cell.column } };
    case FindingLocation::Kind::Text:
        return { { QStringLiteral("kind"), QStringLiteral("text") },
                 { QStringLiteral("textKey"), location.textKey.isEmpty() ? QJsonValue() : QJsonValue(location.textKey) },
                 { QStringLiteral("offset"), location.offset },
                 { QStringLiteral("length"), location.length } };
    case FindingLocation::Kind::Project:
        return { { QStringLiteral("kind"), QStringLiteral("project") }, { QStringLiteral("index"), location.project } };
    case FindingLocation::Kind::Department:
        break;
    }
    return { { QStringLiteral("kind"), QStringLiteral("department") } };
}

} // namespace

QString toText(const QList<Finding> &findings)
{
    QString text;
    int counts[3] = {};
    for (const Finding &finding : findings) {
        ++counts[int(finding.severity)];
        text += QStringLiteral("%1 [%2] %3  %4\n")
                        .arg(AuditSeverity::displayName(finding.severity), finding.ruleId, finding.section, finding.message);
        if (!finding.explanation.isEmpty())
            text += QCoreApplication::translate("Audit", "    说明：%1\n").arg(finding.explanation);
        QStringList where;
        for (const FindingLocation &location : finding.locations)
            where.append(location.toString());
        if (!where.isEmpty())
            text += QCoreApplication::translate("Audit", "    位置：%1\n").arg(where.join(QStringLiteral("，")));
    }
    text += QCoreApplication::translate("Audit", "共 %1 条：错误 %2，警告 %3，提示 %4。\n")
                    .arg(findings.size())
                    .arg(counts[0])
                    .arg(counts[1])
                    .arg(counts[2]);
    return text;
}

QByteArray toJson(const QList<Finding> &findings)
{
    QJsonArray list;
    QJsonObject bySeverity;
    QJsonObject byKind;
    for (const Finding &finding : findings) {
        QJsonArray locations;
        for (const FindingLocation &location : finding.locations)
            locations.append(locationJson(location));
        list.append(QJsonObject { { QStringLiteral("ruleId"), finding.ruleId },
                                  { QStringLiteral("severity"), AuditSeverity::name(finding.severity) },
                                  { QStringLiteral("kind"), finding.kind },
                                  { QStringLiteral("section"), finding.section },
                                  { QStringLiteral("message"), finding.message },
                                  { QStringLiteral("actual"), valueJson(finding.actual) },
                                  { QStringLiteral("expected"), valueJson(finding.expected) },
                                  { QStringLiteral("difference"), valueJson(finding.difference) },
                                  { QStringLiteral("locations"), locations },
                                  { QStringLiteral("explainKey"), finding.explainKey },
                                  { QStringLiteral("explanation"), finding.explanation } });
        const QString severity = AuditSeverity::name(finding.severity);
        bySeverity.insert(severity, bySeverity.value(severity).toInt() + 1);
        byKind.insert(finding.kind, byKind.value(finding.kind).toInt() + 1);
    }
    const QJsonObject root { { QStringLiteral("findings"), list },
                             { QStringLiteral("summary"),
                               QJsonObject { { QStringLiteral("total"), int(findings.size()) },
                                             { QStringLiteral("bySeverity"), bySeverity },
                                             { QStringLiteral("byKind"), byKind } } },
                             { QStringLiteral("exitStatus"), auditExitStatus(findings) } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace AuditReport
