#include "pdfimport/pdflayout.h"

#include "profile/jsonschema.h"
#include "profile/reporttemplate.h"
#include "profile/rule.h"
#include "rollforward/priorcellcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

bool readPattern(const QJsonObject &json, const QString &key, QRegularExpression *pattern, QString *error)
{
    *pattern = QRegularExpression(json.value(key).toString());
    if (pattern->isValid() && !pattern->pattern().isEmpty())
        return true;
    *error = QCoreApplication::translate("PdfImport", "pdf.json: \"%1\" is not a valid pattern.").arg(key);
    return false;
}

bool readPatterns(
    const QJsonObject &json, const QString &key, QList<QRegularExpression> *patterns, QString *error)
{
    for (const QJsonValue &value : json.value(key).toArray()) {
        const QRegularExpression pattern(value.toString());
        if (!pattern.isValid() || pattern.pattern().isEmpty()) {
            *error = QCoreApplication::translate("PdfImport", "pdf.json: \"%1\" holds an invalid pattern.")
                         .arg(key);
            return false;
        }
        patterns->append(pattern);
    }
    return true;
}

} // namespace

std::optional<PdfLayout> PdfLayout::fromJson(const QJsonObject &json, QString *error)
{
    PdfLayout layout;
    layout.lineTolerance = json.value(QLatin1String("lineTolerance")).toDouble(layout.lineTolerance);
    layout.maxWordHeightRatio
        = json.value(QLatin1String("maxWordHeightRatio")).toDouble(layout.maxWordHeightRatio);
    layout.singleColumnHalfWidth
        = json.value(QLatin1String("singleColumnHalfWidth")).toDouble(layout.singleColumnHalfWidth);
    layout.maxLabelLines = json.value(QLatin1String("maxLabelLines")).toInt(layout.maxLabelLines);
    layout.lanciLabel = json.value(QLatin1String("lanciLabel")).toString();
    for (const QJsonValue &suffix : json.value(QLatin1String("titleSuffixes")).toArray())
        layout.titleSuffixes.append(suffix.toString());
    const QJsonObject narrative = json.value(QLatin1String("narrative")).toObject();
    if (!readPattern(json, QStringLiteral("tableNumber"), &layout.tableNumber, error)
        || !readPattern(json, QStringLiteral("ordinalPrefix"), &layout.ordinalPrefix, error)
        || !readPatterns(json, QStringLiteral("tableEnd"), &layout.tableEnd, error)
        || !readPatterns(json, QStringLiteral("pageFrame"), &layout.pageFrame, error)
        || !readPattern(json, QStringLiteral("department"), &layout.department, error)
        || !readPattern(json, QStringLiteral("year"), &layout.year, error)
        || !readPattern(narrative, QStringLiteral("start"), &layout.narrativeStart, error)
        || !readPattern(narrative, QStringLiteral("end"), &layout.narrativeEnd, error))
        return std::nullopt;
    const QJsonObject unprinted = json.value(QLatin1String("auditNeedsUnprinted")).toObject();
    for (const QJsonValue &kind : unprinted.value(QLatin1String("kinds")).toArray())
        layout.unprintedKinds.append(kind.toString());
    for (const QJsonValue &rule : unprinted.value(QLatin1String("rules")).toArray())
        layout.unprintedRules.append(rule.toString());
    const QJsonObject prior = json.value(QLatin1String("prior")).toObject();
    for (auto it = prior.begin(); it != prior.end(); ++it)
        layout.prior.insert(it.key(), it.value().toString());
    return layout;
}

std::optional<PdfLayout> PdfLayout::forTemplate(const ReportTemplate &reportTemplate, QString *error)
{
    const QJsonObject part = reportTemplate.part(QStringLiteral("pdf"));
    if (part.isEmpty()) {
        *error = QCoreApplication::translate("PdfImport", "The template \"%1\" has no PDF layout (pdf.json).")
                     .arg(reportTemplate.id());
        return std::nullopt;
    }
    return fromJson(part, error);
}

QList<ProfilePartFault> PdfLayout::check(const ReportTemplate &reportTemplate)
{
    const QString part = QStringLiteral("pdf");
    const QJsonObject json = reportTemplate.part(part);
    QList<ProfilePartFault> faults;
    if (json.isEmpty())
        return faults;
    // The reader needs every pattern but the lists, which may be empty.
    const auto checkPattern = [&](const QJsonValue &value, const JsonPath &path) {
        const QRegularExpression pattern(value.toString());
        if (value.isUndefined())
            faults.append({ part, path.toString(), QCoreApplication::translate("PdfImport", "a pattern is required") });
        else if (!pattern.isValid())
            faults.append({ part, path.toString(),
                            QCoreApplication::translate("PdfImport", "\"%1\" is not a valid pattern: %2")
                                .arg(value.toString(), pattern.errorString()) });
    };
    for (const char *key : { "tableNumber", "ordinalPrefix", "department", "year" })
        checkPattern(json.value(QLatin1String(key)), JsonPath().key(QLatin1String(key)));
    for (const char *key : { "tableEnd", "pageFrame" }) {
        const QJsonArray patterns = json.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < patterns.size(); ++i)
            checkPattern(patterns.at(i), JsonPath().key(QLatin1String(key)).index(i));
    }
    const QJsonObject narrative = json.value(QLatin1String("narrative")).toObject();
    for (const char *key : { "start", "end" })
        checkPattern(narrative.value(QLatin1String(key)), JsonPath().key(QStringLiteral("narrative")).key(QLatin1String(key)));

    faults += PriorCellCheck::check(reportTemplate, part, json.value(QLatin1String("prior")).toObject());

    QStringList ruleIds;
    for (const QList<Rule> *rules : { &reportTemplate.rules(), &reportTemplate.checks() }) {
        for (const Rule &rule : *rules)
            ruleIds.append(rule.id);
    }
    const QJsonArray unprinted = json.value(QLatin1String("auditNeedsUnprinted")).toObject().value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < unprinted.size(); ++i) {
        if (!ruleIds.contains(unprinted.at(i).toString()))
            faults.append({ part, JsonPath().key(QStringLiteral("auditNeedsUnprinted")).key(QStringLiteral("rules")).index(i).toString(),
                            QCoreApplication::translate("PdfImport", "the profile has no rule \"%1\"").arg(unprinted.at(i).toString()) });
    }
    return faults;
}
