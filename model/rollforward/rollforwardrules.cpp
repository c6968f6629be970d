#include "rollforward/rollforwardrules.h"

#include "profile/jsonschema.h"
#include "profile/reporttemplate.h"
#include "rollforward/priorcellcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &json, const QString &what, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("RollForward", "%1 is not a JSON object: %2").arg(what, parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

} // namespace

std::optional<RollForwardRules> RollForwardRules::fromJson(const QJsonObject &json, QString *error)
{
    RollForwardRules rules;
    const QJsonObject prior = json.value(QStringLiteral("prior")).toObject();
    for (auto it = prior.begin(); it != prior.end(); ++it) {
        const CellRef target = CellRef::fromString(it.key());
        const CellRef source = CellRef::fromString(it.value().toString());
        if (!target.isValid() || !source.isValid()) {
            *error = QCoreApplication::translate("RollForward", "rollforward.json: \"%1\" is not a cell of the form TABLE.ROW.COLUMN.").arg(it.key());
            return std::nullopt;
        }
        rules.prior.append({ target, source });
    }
    for (const QJsonValue &key : json.value(QStringLiteral("keepTexts")).toArray())
        rules.keepTexts.append(key.toString());
    return rules;
}

bool RollForwardRules::readCodeMap(const QByteArray &json, QString *error)
{
    const auto root = parseObject(json, QStringLiteral("codemap.json"), error);
    if (!root)
        return false;
    codes.clear();
    const QJsonObject map = root->value(QStringLiteral("codes")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        QStringList targets;
        if (it.value().isString())
            targets.append(it.value().toString());
        else if (it.value().isArray())
            for (const QJsonValue &code : it.value().toArray())
                targets.append(code.toString());
        else if (!it.value().isNull()) {
            *error = QCoreApplication::translate("RollForward", "codemap.json: the code %1 must map to a code, a list of codes or null.").arg(it.key());
            return false;
        }
        codes.insert(it.key(), targets);
    }
    return true;
}

std::optional<RollForwardRules> RollForwardRules::forTemplate(const ReportTemplate &reportTemplate, QString *error)
{
    const QJsonObject part = reportTemplate.part(QStringLiteral("rollforward"));
    if (part.isEmpty()) {
        *error = QCoreApplication::translate("RollForward", "The profile \"%1\" does not say how to start next year (rollforward.json).")
                         .arg(reportTemplate.id());
        return std::nullopt;
    }
    auto rules = fromJson(part, error);
    QFile codeMap(QDir(reportTemplate.folder()).filePath(QStringLiteral("codemap.json")));
    if (rules && codeMap.exists()) {
        if (!codeMap.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("RollForward", "Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(codeMap.fileName()), codeMap.errorString());
            return std::nullopt;
        }
        if (!rules->readCodeMap(codeMap.readAll(), error)) {
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(codeMap.fileName()), *error);
            return std::nullopt;
        }
    }
    return rules;
}

QList<ProfilePartFault> RollForwardRules::check(const ReportTemplate &reportTemplate)
{
    const QString part = QStringLiteral("rollforward");
    const QJsonObject json = reportTemplate.part(part);
    QList<ProfilePartFault> faults = PriorCellCheck::check(reportTemplate, part, json.value(QStringLiteral("prior")).toObject());
    const QJsonArray keep = json.value(QStringLiteral("keepTexts")).toArray();
    for (qsizetype i = 0; i < keep.size(); ++i) {
        if (!reportTemplate.acceptsTextKey(keep.at(i).toString()))
            faults.append({ part, JsonPath().key(QStringLiteral("keepTexts")).index(i).toString(),
                            QCoreApplication::translate("RollForward", "the profile has no text \"%1\"").arg(keep.at(i).toString()) });
    }

    // A code map that cannot be read at all was reported when the package was read.
    QFile file(QDir(reportTemplate.folder()).filePath(QStringLiteral("codemap.json")));
    const QJsonObject codes = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("codes")).toObject()
            : QJsonObject();
    const CodeBook &book = reportTemplate.functionalBook();
    const auto checkTarget = [&](const QString &code, const JsonPath &path) {
        if (code.size() != 7 || !book.contains(code))
            faults.append({ QStringLiteral("codemap"), path.toString(),
                            QCoreApplication::translate("RollForward", "%1 is not an item (项) of the profile's code book").arg(code) });
    };
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const JsonPath path = JsonPath().key(QStringLiteral("codes")).key(it.key());
        if (it.value().isString())
            checkTarget(it.value().toString(), path);
        const QJsonArray split = it.value().toArray();
        for (qsizetype i = 0; i < split.size(); ++i)
            checkTarget(split.at(i).toString(), path.index(i));
    }
    return faults;
}
