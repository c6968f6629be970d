#include "pdfimport/pdflayout.h"

#include "profile/reporttemplate.h"

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
