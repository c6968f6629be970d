#include "interchange/interchange.h"

#include "document/inputlimits.h"
#include "document/sheetlayout.h"
#include "evaluation/formkeys.h"
#include "history/historyjson.h"
#include "profile/templatelibrary.h"
#include "signoff/signoffjson.h"

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
    void readUnits(const QJsonValue &value, const QString &path, UnitKind departmentKind);
    BudgetUnit readUnit(const QJsonObject &object, const QString &path);
    void readRows(const QJsonValue &value);
    void readRowFunds(const QJsonValue &value);
    void readCells(const QJsonValue &value, const QString &path, QHash<CellRef, qint64> *cells);
    void readRollup(const QJsonValue &value);
    void readTexts(const QJsonValue &value);
    void readProjects(const QJsonValue &value);
    void readFunds(const QJsonObject &project, const QString &projectPath, Project *p);
    void readIndicators(const QJsonObject &project, const QString &projectPath, Project *p);
    std::optional<Points> points(const QJsonObject &object, const char *key, const QString &path);
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
                QStringLiteral("department"), QStringLiteral("notes"), QStringLiteral("rows"), QStringLiteral("rowFunds"),
                QStringLiteral("cells"), QStringLiteral("texts"), QStringLiteral("projects"),
                QStringLiteral("derived"), QStringLiteral("history"),
                QStringLiteral("review"), QStringLiteral("rollup") });
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
    if (root.contains(QLatin1String("rowFunds")))
        readRowFunds(root.value(QLatin1String("rowFunds")));
    readCells(root.value(QLatin1String("cells")), QStringLiteral("$.cells"), &m_result->data.cells);
    readTexts(root.value(QLatin1String("texts")));
    readProjects(root.value(QLatin1String("projects")));
    m_result->data.history = HistoryJson::read(root.value(QLatin1String("history")), &m_result->errors);
    if (root.contains(QLatin1String("review")))
        m_result->data.signoff
                = SignoffJson::read(root.value(QLatin1String("review")), QStringLiteral("$.review"), &m_result->errors);
    if (root.contains(QLatin1String("rollup")))
        readRollup(root.value(QLatin1String("rollup")));
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
                QStringLiteral("published"), QStringLiteral("units") });
    DepartmentInfo &d = m_result->data.department;
    d.name = requireString(o, "name", path, false);
    if (o.contains(QLatin1String("code")))
        d.code = requireString(o, "code", path, true);
    const QString kindText = requireString(o, "kind", path, false);
    const auto kind = DepartmentInfo::kindFromName(kindText);
    if (!kind && !kindText.isEmpty())
        error(path + QLatin1String(".kind"), tr("must be 行政, 参公 or 事业, not \"%1\"").arg(kindText));
    const QJsonValue year = o.value(QLatin1String("year"));
    if (!year.isDouble() || year.toDouble() != double(year.toInt()) || year.toInt() < 1990 || year.toInt() > 2100)
        error(path + QLatin1String(".year"), tr("must be a year between 1990 and 2100"));
    else
        d.year = year.toInt();
    if (o.contains(QLatin1String("published"))) {
        d.published = QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
        if (!d.published.isValid())
            error(path + QLatin1String(".published"), tr("must be a date written as \"2025-09-10\""));
    }
    if (o.contains(QLatin1String("units")))
        readUnits(o.value(QLatin1String("units")), path + QLatin1String(".units"), kind.value_or(UnitKind::Administrative));
    // $.department.kind is the own unit's kind; a unit's own "kind" says otherwise for it.
    if (kind && (d.units.isEmpty() || !o.value(QLatin1String("units")).toArray().first().isObject()))
        d.setKind(*kind);
}

// A unit is a name (of the department's kind) or {"name", "kind", "merged"}.
void Reader::readUnits(const QJsonValue &value, const QString &path, UnitKind departmentKind)
{
    if (!value.isArray()) {
        error(path, tr("must be an array"));
        return;
    }
    const QJsonArray units = value.toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString unitPath = at(path, i);
        const QJsonValue entry = units.at(i);
        if (entry.isString()) {
            m_result->data.department.units.append({ entry.toString(), departmentKind, false });
            continue;
        }
        if (!entry.isObject()) {
            error(unitPath, tr("must be a name or an object"));
            continue;
        }
        m_result->data.department.units.append(readUnit(entry.toObject(), unitPath));
    }
}

BudgetUnit Reader::readUnit(const QJsonObject &o, const QString &unitPath)
{
    checkKeys(o, unitPath, { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("merged") });
    BudgetUnit unit;
    unit.name = requireString(o, "name", unitPath, false);
    const QString kindText = requireString(o, "kind", unitPath, false);
    if (const auto kind = DepartmentInfo::kindFromName(kindText))
        unit.kind = *kind;
    else if (!kindText.isEmpty())
        error(unitPath + QLatin1String(".kind"), tr("must be 行政, 参公 or 事业, not \"%1\"").arg(kindText));
    const QJsonValue merged = o.value(QLatin1String("merged"));
    if (!merged.isUndefined() && !merged.isBool())
        error(unitPath + QLatin1String(".merged"), tr("must be true or false"));
    unit.merged = merged.toBool(false);
    return unit;
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

void Reader::readRowFunds(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.rowFunds");
    if (!value.isObject()) {
        error(path, tr("must be an object"));
        return;
    }
    QStringList funds;
    for (const TableDef &table : m_result->reportTemplate->tables())
        funds += table.rowLists;
    funds.removeDuplicates();
    const QJsonObject codes = value.toObject();
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
        const QString codePath = child(path, it.key());
        const QMap<QString, QStringList> &rows = m_result->data.classRows;
        const bool listed = std::any_of(rows.cbegin(), rows.cend(),
                                        [&](const QStringList &list) { return list.contains(it.key()); });
        if (!listed)
            error(codePath, tr("\"%1\" is not a row of any table in \"rows\"").arg(it.key()));
        else if (!funds.contains(it.value().toString()))
            error(codePath, tr("must be one of the funds the template's tables list: %1")
                                    .arg(funds.join(QLatin1String(", "))));
        else
            m_result->data.rowFunds.insert(it.key(), it.value().toString());
    }
}

void Reader::readCells(const QJsonValue &value, const QString &path, QHash<CellRef, qint64> *cells)
{
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
                if (column.value().isNull())
                    continue; // blank: zero, or unknown where the column says so (last year's, budgets)
                if (layout.valueType(ref) == ValueType::Count) {
                    // The range first: converting a double beyond qint64 (1e300) is undefined.
                    const double count = column.value().toDouble(-1);
                    if (!column.value().isDouble() || !(count >= 0 && count <= 1e9) || count != std::floor(count))
                        error(cellPath, tr("a count must be a whole number from 0 to 1,000,000,000"));
                    else
                        cells->insert(ref, qint64(count));
                } else if (const auto fen = amount(column.value(), cellPath, layout.allowsNegative(ref))) {
                    cells->insert(ref, *fen);
                }
            }
        }
    }
}

void Reader::readRollup(const QJsonValue &value)
{
    const QString path = QStringLiteral("$.rollup");
    if (!present(value, path, false))
        return;
    const QJsonObject rollup = value.toObject();
    checkKeys(rollup, path, { QStringLiteral("sources"), QStringLiteral("eliminated") });
    const QString sourcesPath = child(path, QStringLiteral("sources"));
    const QJsonValue sources = rollup.value(QLatin1String("sources"));
    if (!present(sources, sourcesPath, true))
        return;
    const QJsonArray array = sources.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString sourcePath = at(sourcesPath, i);
        if (!present(array.at(i), sourcePath, false))
            continue;
        const QJsonObject o = array.at(i).toObject();
        checkKeys(o, sourcePath, { QStringLiteral("path"), QStringLiteral("contentHash"), QStringLiteral("unit"),
                                   QStringLiteral("main"), QStringLiteral("cells") });
        RollupSource source;
        source.path = requireString(o, "path", sourcePath, false);
        source.contentHash = requireString(o, "contentHash", sourcePath, false);
        const QString unitPath = child(sourcePath, QStringLiteral("unit"));
        if (present(o.value(QLatin1String("unit")), unitPath, false))
            source.unit = readUnit(o.value(QLatin1String("unit")).toObject(), unitPath);
        const QJsonValue main = o.value(QLatin1String("main"));
        if (!main.isUndefined() && !main.isBool())
            error(child(sourcePath, QStringLiteral("main")), tr("must be true or false"));
        source.main = main.toBool(false);
        readCells(o.value(QLatin1String("cells")), child(sourcePath, QStringLiteral("cells")), &source.cells);
        m_result->data.rollup.sources.append(std::move(source));
    }
    if (rollup.contains(QLatin1String("eliminated")))
        readCells(rollup.value(QLatin1String("eliminated")), child(path, QStringLiteral("eliminated")),
                  &m_result->data.rollup.eliminated);
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
                  { QStringLiteral("name"), QStringLiteral("supervisor"), QStringLiteral("implementer"),
                    QStringLiteral("funds"), QStringLiteral("goal"), QStringLiteral("indicators"),
                    QStringLiteral("tracked"), QStringLiteral("problems"), QStringLiteral("measures"),
                    QStringLiteral("budget"), QStringLiteral("executed"), QStringLiteral("outputs") });
        Project p;
        p.id = i + 1;
        p.name = requireString(o, "name", projectPath, false);
        const auto optionalString = [&](const QJsonObject &object, const char *key, const QString &where) {
            return object.contains(QLatin1String(key)) ? requireString(object, key, where, true) : QString();
        };
        p.supervisor = optionalString(o, "supervisor", projectPath);
        p.implementer = optionalString(o, "implementer", projectPath);
        p.problems = optionalString(o, "problems", projectPath);
        p.measures = optionalString(o, "measures", projectPath);
        const QJsonValue tracked = o.value(QLatin1String("tracked"));
        if (!tracked.isUndefined() && !tracked.isBool())
            error(projectPath + QLatin1String(".tracked"), tr("must be true or false"));
        p.tracked = tracked.toBool();
        const QJsonValue goal = o.value(QLatin1String("goal"));
        if (!goal.isUndefined()) {
            const QString goalPath = projectPath + QLatin1String(".goal");
            if (!goal.isObject())
                error(goalPath, tr("must be an object"));
            checkKeys(goal.toObject(), goalPath, { QStringLiteral("planned"), QStringLiteral("achieved") });
            p.goalPlanned = optionalString(goal.toObject(), "planned", goalPath);
            p.goalAchieved = optionalString(goal.toObject(), "achieved", goalPath);
        }
        readFunds(o, projectPath, &p);
        readIndicators(o, projectPath, &p);
        m_result->data.projects.append(p);
    }
}

// "funds": {"appropriation": {"fullBudget": "120.5", …}, …}; an absent or null amount is unknown.
// Files of format 1 before the form carry "budget" and "executed": the 本年财政拨款 row's 全年 figures.
void Reader::readFunds(const QJsonObject &o, const QString &projectPath, Project *p)
{
    const auto legacy = [&](const char *key, FundColumn column) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (const auto fen = amount(value, child(projectPath, QLatin1String(key)), false))
            p->funds.setAmount(FundSource::Appropriation, column, Money::fromFen(*fen));
    };
    legacy("budget", FundColumn::FullBudget);
    legacy("executed", FundColumn::Executed);
    const QJsonValue funds = o.value(QLatin1String("funds"));
    if (funds.isUndefined())
        return;
    const QString fundsPath = projectPath + QLatin1String(".funds");
    if (!funds.isObject()) {
        error(fundsPath, tr("must be an object"));
        return;
    }
    const QJsonObject bySource = funds.toObject();
    for (auto it = bySource.constBegin(); it != bySource.constEnd(); ++it) {
        const QString sourcePath = child(fundsPath, it.key());
        const std::optional<FundSource> source = FormKeys::fundSource(it.key());
        if (!source) {
            error(sourcePath, tr("unknown key"));
            continue;
        }
        if (!it.value().isObject()) {
            error(sourcePath, tr("must be an object"));
            continue;
        }
        const QJsonObject byColumn = it.value().toObject();
        for (auto c = byColumn.constBegin(); c != byColumn.constEnd(); ++c) {
            const std::optional<FundColumn> column = FormKeys::fundColumn(c.key());
            if (!column) {
                error(child(sourcePath, c.key()), tr("unknown key"));
                continue;
            }
            if (c.value().isNull())
                continue;
            if (const auto fen = amount(c.value(), child(sourcePath, c.key()), false))
                p->funds.setAmount(*source, *column, Money::fromFen(*fen));
        }
    }
}

std::optional<Points> Reader::points(const QJsonObject &object, const char *key, const QString &path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QString where = child(path, QLatin1String(key));
    if (!value.isString()) {
        error(where, tr("points must be a decimal string, such as \"8.5\""));
        return std::nullopt;
    }
    const PointsParseResult parsed = parsePoints(value.toString());
    if (!parsed.ok || parsed.empty) {
        error(where, parsed.empty ? tr("must not be empty; leave it out when it is unknown") : parsed.error);
        return std::nullopt;
    }
    return parsed.value;
}

// "indicators": the form's 三级指标 rows. Files before the form carry "outputs" instead: each
// becomes a 产出指标 row of the 数量 kind with its value as the actual value.
void Reader::readIndicators(const QJsonObject &o, const QString &projectPath, Project *p)
{
    for (const char *key : { "outputs", "indicators" }) {
        const bool legacy = qstrcmp(key, "outputs") == 0;
        const QJsonValue list = o.value(QLatin1String(key));
        const QString listPath = child(projectPath, QLatin1String(key));
        if (list.isUndefined())
            continue;
        if (!list.isArray()) {
            error(listPath, tr("must be an array"));
            continue;
        }
        const QJsonArray rows = list.toArray();
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const QString rowPath = at(listPath, k);
            if (!rows.at(k).isObject()) {
                error(rowPath, tr("must be an object"));
                continue;
            }
            const QJsonObject row = rows.at(k).toObject();
            PerformanceIndicator in;
            if (legacy) {
                checkKeys(row, rowPath, { QStringLiteral("indicator"), QStringLiteral("value"), QStringLiteral("unit") });
                in.name = requireString(row, "indicator", rowPath, false);
                in.actual = requireString(row, "value", rowPath, true);
                in.unit = requireString(row, "unit", rowPath, true);
                p->indicators.append(in);
                continue;
            }
            checkKeys(row, rowPath,
                      { QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("comparison"),
                        QStringLiteral("target"), QStringLiteral("unit"), QStringLiteral("actual"),
                        QStringLiteral("weight"), QStringLiteral("score"), QStringLiteral("deviation") });
            const std::optional<IndicatorCategory> category
                    = FormKeys::category(requireString(row, "category", rowPath, false));
            if (!category && row.value(QLatin1String("category")).isString())
                error(rowPath + QLatin1String(".category"), tr("unknown 二级指标 kind"));
            in.category = category.value_or(IndicatorCategory::Quantity);
            in.name = requireString(row, "name", rowPath, false);
            const QString comparison
                    = row.contains(QLatin1String("comparison")) ? requireString(row, "comparison", rowPath, true) : QString();
            if (!FormKeys::comparison(comparison))
                error(rowPath + QLatin1String(".comparison"), tr("must be one of \"\", \">=\", \"<=\", \"=\", \">\", \"<\""));
            in.comparison = FormKeys::comparison(comparison).value_or(Comparison::None);
            const auto text = [&](const char *field) {
                return row.contains(QLatin1String(field)) ? requireString(row, field, rowPath, true) : QString();
            };
            in.target = text("target");
            in.unit = text("unit");
            in.actual = text("actual");
            in.deviation = text("deviation");
            in.weight = points(row, "weight", rowPath);
            in.score = points(row, "score", rowPath);
            p->indicators.append(in);
        }
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
