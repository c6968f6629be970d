#include "interchange/interchange.h"

#include "document/inputlimits.h"
#include "document/sheetlayout.h"
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interchange", text);
}

// Reads one file, collecting every error with the JSON path it was found at.
class Reader
{
    // The context the translations are filed under (lupdate would otherwise file them under
    // Interchange::Reader, where the lookup never finds them).
    Q_DECLARE_TR_FUNCTIONS(Interchange)

public:
    Reader(const TemplateLibrary &library, ReadResult *result) : m_library(library), m_result(result) { }

    void read(const QJsonObject &root);

private:
    void error(const QString &path, const QString &message) { m_result->errors.append(path + QLatin1String(": ") + message); }
    bool checkLength(const QString &text, const QString &path);
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);
    QString requireString(const QJsonObject &object, const char *key, const QString &path, bool allowEmpty);
    std::optional<qint64> amount(const QJsonValue &value, const QString &path, bool allowNegative);
    void readDepartment(const QJsonValue &value);
    void readRows(const QJsonValue &value);
    void readCells(const QJsonValue &value);
    void readTexts(const QJsonValue &value);
    void readProjects(const QJsonValue &value);
    QStringList stringArray(const QJsonValue &value, const QString &path);
    bool present(const QJsonValue &value, const QString &path, bool wantArray);

    const TemplateLibrary &m_library;
    ReadResult *m_result;
};

QString child(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    return path + QLatin1String("[\"") + key + QLatin1String("\"]");
}

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A required member must be there and of the right kind; says so at its path otherwise.
bool Reader::present(const QJsonValue &value, const QString &path, bool wantArray)
{
    if (value.isUndefined()) {
        error(path, tr("missing"));
        return false;
    }
    if (wantArray ? !value.isArray() : !value.isObject()) {
        error(path, wantArray ? tr("must be an array") : tr("must be an object"));
        return false;
    }
    return true;
}

void Reader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            error(child(path, it.key()), tr("unknown key"));
    }
}

// A text longer than any disclosure needs is refused, as it is when a document file holds one.
bool Reader::checkLength(const QString &text, const QString &path)
{
    if (text.size() <= InputLimits::MaxTextLength)
        return true;
    error(path, tr("longer than %1 characters").arg(InputLimits::MaxTextLength));
    return false;
}

QString Reader::requireString(const QJsonObject &object, const char *key, const QString &path, bool allowEmpty)
{
    const QString keyName = QString::fromLatin1(key);
    const QJsonValue value = object.value(keyName);
    if (value.isUndefined()) {
        error(child(path, keyName), tr("missing"));
        return QString();
    }
    if (!value.isString()) {
        error(child(path, keyName), tr("must be a string"));
        return QString();
    }
    if (!checkLength(value.toString(), child(path, keyName)))
        return QString();
    if (!allowEmpty && value.toString().trimmed().isEmpty())
        error(child(path, keyName), tr("must not be empty"));
    return value.toString();
}

QStringList Reader::stringArray(const QJsonValue &value, const QString &path)
{
    QStringList list;
    if (!value.isArray()) {
        error(path, tr("must be an array of strings"));
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            error(at(path, i), tr("must be a string"));
        else if (checkLength(array.at(i).toString(), at(path, i)))
            list.append(array.at(i).toString());
    }
    return list;
}

std::optional<qint64> Reader::amount(const QJsonValue &value, const QString &path, bool allowNegative)
{
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!value.isString()) {
        error(path, tr("an amount must be a decimal string in 万元, such as \"4116.42\""));
        return std::nullopt;
    }
    const QString text = value.toString();
    if (!decimal.match(text).hasMatch()) {
        error(path, tr("\"%1\" is not a plain decimal amount in 万元").arg(text));
        return std::nullopt;
    }
    const MoneyParseResult parsed = parseMoney(text, { MoneyUnit::Wanyuan, allowNegative, false });
    if (!parsed.ok) {
        error(path, parsed.error);
        return std::nullopt;
    }
    return parsed.value.fen();
}

void Reader::read(const QJsonObject &root)
{
    const QString path = QStringLiteral("$");
    checkKeys(root, path,
              { QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("template"),
                QStringLiteral("department"), QStringLiteral("notes"), QStringLiteral("rows"),
                QStringLiteral("cells"), QStringLiteral("texts"), QStringLiteral("projects"),
                QStringLiteral("derived") });
    if (root.value(QLatin1String("format")).toString() != QLatin1String(FormatName)) {
        error(QStringLiteral("$.format"), tr("must be \"%1\"").arg(QLatin1String(FormatName)));
        return;
    }
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1) {
        error(QStringLiteral("$.formatVersion"), tr("missing or not a positive whole number"));
        return;
    }
    if (version.toInt() > FormatVersion) {
        error(QStringLiteral("$.formatVersion"),
              tr("version %1 was written by a newer Final Accounts Editor; this one reads version %2")
                      .arg(version.toInt())
                      .arg(FormatVersion));
        return;
    }
    const QString templateId = requireString(root, "template", path, false);
    m_result->reportTemplate = m_library.find(templateId);
    if (!m_result->reportTemplate) {
        if (!templateId.isEmpty())
            error(QStringLiteral("$.template"),
                  tr("unknown template \"%1\" (known: %2)").arg(templateId, m_library.ids().join(QLatin1String(", "))));
        return;
    }
    m_result->data.templateId = templateId;
    readDepartment(root.value(QLatin1String("department")));
    if (root.contains(QLatin1String("notes")))
        m_result->data.notes = stringArray(root.value(QLatin1String("notes")), QStringLiteral("$.notes"));
    readRows(root.value(QLatin1String("rows")));
    readCells(root.value(QLatin1String("cells")));
    readTexts(root.value(QLatin1String("texts")));
    readProjects(root.value(QLatin1String("projects")));
    const QJsonValue derived = root.value(QLatin1String("derived"));
    if (!derived.isUndefined() && !derived.isObject())
        error(QStringLiteral("$.derived"), tr("must be an object"));
}

void Reader::readDepartment(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.department");
    if (!present(value, path, false))
        return;
    const QJsonObject o = value.toObject();
    checkKeys(o, path,
              { QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("year"),
                QStringLiteral("units") });
    DepartmentInfo &d = m_result->data.department;
    d.name = requireString(o, "name", path, false);
    if (o.contains(QLatin1String("code")))
        d.code = requireString(o, "code", path, true);
    const QString kind = requireString(o, "kind", path, false);
    if (const auto k = DepartmentInfo::kindFromName(kind))
        d.kind = *k;
    else if (!kind.isEmpty())
        error(path + QLatin1String(".kind"), tr("must be 行政, 参公 or 事业, not \"%1\"").arg(kind));
    const QJsonValue year = o.value(QLatin1String("year"));
    if (!year.isDouble() || year.toDouble() != double(year.toInt()) || year.toInt() < 1990 || year.toInt() > 2100)
        error(path + QLatin1String(".year"), tr("must be a year between 1990 and 2100"));
    else
        d.year = year.toInt();
    if (o.contains(QLatin1String("units")))
        d.units = stringArray(o.value(QLatin1String("units")), path + QLatin1String(".units"));
}

void Reader::readRows(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.rows");
    if (!present(value, path, false))
        return;
    const ReportTemplate &t = *m_result->reportTemplate;
    const QJsonObject rows = value.toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        const QString tablePath = child(path, it.key());
        const TableDef *table = t.table(it.key());
        if (!table || !table->hasClassificationRows()) {
            error(tablePath, tr("%1 is not a table with classification rows in template %2").arg(it.key(), t.id()));
            continue;
        }
        const QStringList codes = stringArray(it.value(), tablePath);
        QSet<QString> seen;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            if (CodeBook::levelOf(code) != CodeBook::Item || !t.functionalBook().contains(code))
                error(at(tablePath, i), tr("\"%1\" is not a 项 code of %2").arg(code, t.functionalBook().title()));
            else if (seen.contains(code))
                error(at(tablePath, i), tr("\"%1\" is listed twice").arg(code));
            else
                seen.insert(code);
        }
        QStringList sorted(seen.cbegin(), seen.cend());
        std::sort(sorted.begin(), sorted.end());
        if (!sorted.isEmpty())
            m_result->data.classRows.insert(it.key(), sorted);
    }
}

void Reader::readCells(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.cells");
    if (!present(value, path, false))
        return;
    const SheetLayout layout(*m_result->reportTemplate, m_result->data.classRows);
    const QJsonObject sheets = value.toObject();
    for (auto sheet = sheets.constBegin(); sheet != sheets.constEnd(); ++sheet) {
        const QString sheetPath = child(path, sheet.key());
        const LayoutTable *table = layout.table(sheet.key());
        if (!table || !sheet.value().isObject()) {
            error(sheetPath, table ? tr("must be an object") : tr("no such table or sheet"));
            continue;
        }
        const QJsonObject rows = sheet.value().toObject();
        for (auto row = rows.constBegin(); row != rows.constEnd(); ++row) {
            const QString rowPath = child(sheetPath, row.key());
            if (!table->row(row.key()) || !row.value().isObject()) {
                error(rowPath, table->row(row.key())
                                       ? tr("must be an object")
                                       : tr("no such row (classification codes must also be listed in $.rows)"));
                continue;
            }
            const QJsonObject columns = row.value().toObject();
            for (auto column = columns.constBegin(); column != columns.constEnd(); ++column) {
                const QString cellPath = child(rowPath, column.key());
                const CellRef ref { sheet.key(), row.key(), column.key() };
                if (!layout.contains(ref)) {
                    error(cellPath, tr("no such column"));
                    continue;
                }
                if (!layout.isInput(ref)) {
                    error(cellPath, tr("this cell is computed; only input cells may be given (computed ones belong in $.derived)"));
                    continue;
                }
                if (layout.valueType(ref) == ValueType::Count) {
                    // The range first: converting a double beyond qint64 (1e300) is undefined.
                    const double count = column.value().toDouble(-1);
                    if (!column.value().isDouble() || !(count >= 0 && count <= 1e9) || count != std::floor(count))
                        error(cellPath, tr("a count must be a whole number from 0 to 1,000,000,000"));
                    else
                        m_result->data.cells.insert(ref, qint64(count));
                } else if (const auto fen = amount(column.value(), cellPath, layout.allowsNegative(ref))) {
                    m_result->data.cells.insert(ref, *fen);
                }
            }
        }
    }
}

void Reader::readTexts(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.texts");
    if (!present(value, path, false))
        return;
    const QJsonObject texts = value.toObject();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString textPath = child(path, it.key());
        if (!m_result->reportTemplate->acceptsTextKey(it.key()))
            error(textPath, tr("template %1 has no text \"%2\"").arg(m_result->reportTemplate->id(), it.key()));
        else if (!it.value().isString())
            error(textPath, tr("must be a string"));
        else if (checkLength(it.value().toString(), textPath) && !it.value().toString().isEmpty())
            m_result->data.texts.insert(it.key(), it.value().toString());
    }
}

void Reader::readProjects(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.projects");
    if (!present(value, path, true))
        return;
    const QJsonArray projects = value.toArray();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QString projectPath = at(path, i);
        if (!projects.at(i).isObject()) {
            error(projectPath, tr("must be an object"));
            continue;
        }
        const QJsonObject o = projects.at(i).toObject();
        checkKeys(o, projectPath,
                  { QStringLiteral("name"), QStringLiteral("budget"), QStringLiteral("executed"),
                    QStringLiteral("outputs"), QStringLiteral("problems"), QStringLiteral("measures") });
        Project p;
        p.id = i + 1;
        p.name = requireString(o, "name", projectPath, false);
        p.budget = Money::fromFen(amount(o.value(QLatin1String("budget")), projectPath + QLatin1String(".budget"), false).value_or(0));
        p.executed = Money::fromFen(amount(o.value(QLatin1String("executed")), projectPath + QLatin1String(".executed"), false).value_or(0));
        p.problems = o.contains(QLatin1String("problems")) ? requireString(o, "problems", projectPath, true) : QString();
        p.measures = o.contains(QLatin1String("measures")) ? requireString(o, "measures", projectPath, true) : QString();
        const QJsonValue outputs = o.value(QLatin1String("outputs"));
        const QString outputsPath = projectPath + QLatin1String(".outputs");
        if (!outputs.isUndefined() && !outputs.isArray())
            error(outputsPath, tr("must be an array"));
        const QJsonArray list = outputs.toArray();
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString outputPath = at(outputsPath, k);
            const QJsonObject out = list.at(k).toObject();
            if (!list.at(k).isObject()) {
                error(outputPath, tr("must be an object"));
                continue;
            }
            checkKeys(out, outputPath, { QStringLiteral("indicator"), QStringLiteral("value"), QStringLiteral("unit") });
            p.outputs.append({ requireString(out, "indicator", outputPath, false),
                               requireString(out, "value", outputPath, true),
                               requireString(out, "unit", outputPath, true) });
        }
        m_result->data.projects.append(p);
    }
}

} // namespace

ReadResult read(const QByteArray &json, const TemplateLibrary &library)
{
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        result.errors.append(QStringLiteral("$: ")
                             + (parseError.error != QJsonParseError::NoError
                                        ? tr("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
                                        : tr("the top level must be an object")));
        return result;
    }
    Reader(library, &result).read(document.object());
    return result;
}

} // namespace Interchange
