#include "profile/reporttemplate.h"

#include "profile/profilelists.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// Gives the free functions below a translation context that lupdate sees.
struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplate)
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const auto &v : array)
        list.append(v.toString());
    return list;
}

RowKind rowKind(const QString &name, bool *ok)
{
    *ok = true;
    if (name.isEmpty() || name == QLatin1String("fixed"))
        return RowKind::Fixed;
    if (name == QLatin1String("total"))
        return RowKind::Total;
    if (name == QLatin1String("functional"))
        return RowKind::Functional;
    if (name == QLatin1String("economic"))
        return RowKind::Economic;
    if (name == QLatin1String("classList"))
        return RowKind::ClassList;
    *ok = false;
    return RowKind::Fixed;
}

bool readTable(const QJsonObject &json, bool statutory, const QHash<QString, QJsonObject> &parts, TableDef *table,
               QString *error)
{
    table->id = str(json, "id");
    table->number = str(json, "number");
    table->title = str(json, "title");
    table->note = str(json, "note");
    table->emptyNote = str(json, "emptyNote");
    table->statutory = statutory;
    table->rowLists = stringList(json.value(QLatin1String("rowLists")));
    const QString layout = str(json, "layout");
    table->layout = layout == QLatin1String("twoSided") ? TableDef::Layout::TwoSided
            : layout == QLatin1String("sideBySide")     ? TableDef::Layout::SideBySide
                                                        : TableDef::Layout::Single;
    if (table->id.isEmpty() || table->title.isEmpty()) {
        *error = TemplateText::tr("A table has no id or no title.");
        return false;
    }
    const QJsonArray blocks = json.value(QLatin1String("blocks")).toArray();
    for (const auto &blockValue : blocks) {
        const QJsonObject b = blockValue.toObject();
        BlockDef block;
        block.key = str(b, "key");
        block.heading = str(b, "heading");
        const QJsonArray columns = b.value(QLatin1String("columns")).toArray();
        for (const auto &columnValue : columns) {
            const QJsonObject c = columnValue.toObject();
            ColumnDef column;
            column.key = str(c, "key");
            column.title = stringList(c.value(QLatin1String("title")));
            column.lanci = str(c, "lanci");
            column.formula = str(c, "formula");
            column.printed = c.value(QLatin1String("printed")).toBool(true);
            column.allowNegative = c.value(QLatin1String("negative")).toBool(false);
            column.unknownWhenBlank = c.value(QLatin1String("unknownWhenBlank")).toBool(false);
            if (column.key.isEmpty() || block.column(column.key)) {
                *error = TemplateText::tr("Table %1 has a column without a key or with a repeated key.").arg(table->id);
                return false;
            }
            block.columns.append(column);
        }
        QString listError;
        const std::optional<QJsonArray> rows = ProfileLists::expandRows(b.value(QLatin1String("rows")).toArray(), parts,
                                                                        &listError);
        if (!rows) {
            *error = TemplateText::tr("Table %1: %2").arg(table->id, listError);
            return false;
        }
        for (const auto &rowValue : *rows) {
            const QJsonObject r = rowValue.toObject();
            RowDef row;
            bool ok = false;
            row.kind = rowKind(str(r, "kind"), &ok);
            if (!ok) {
                *error = TemplateText::tr("Table %1 has a row of unknown kind \"%2\".").arg(table->id, str(r, "kind"));
                return false;
            }
            row.key = str(r, "key");
            row.label = str(r, "label");
            row.formula = str(r, "formula");
            const QJsonObject formulas = r.value(QLatin1String("formulas")).toObject();
            for (auto it = formulas.constBegin(); it != formulas.constEnd(); ++it)
                row.formulas.insert(it.key(), it.value().toString());
            row.classes = stringList(r.value(QLatin1String("classes")));
            row.alignWith = str(r, "alignWith");
            row.indent = r.value(QLatin1String("indent")).toInt(0);
            row.type = str(r, "type") == QLatin1String("count") ? ValueType::Count : ValueType::Money;
            row.countUnit = str(r, "countUnit");
            row.allowNegative = r.value(QLatin1String("negative")).toBool(false);
            const bool generated = row.kind == RowKind::Functional || row.kind == RowKind::Economic
                    || row.kind == RowKind::ClassList;
            if (!generated && row.key.isEmpty()) {
                *error = TemplateText::tr("Table %1 has a row without a key.").arg(table->id);
                return false;
            }
            block.rows.append(row);
        }
        table->blocks.append(block);
    }
    if (table->blocks.isEmpty()) {
        *error = TemplateText::tr("Table %1 has no blocks.").arg(table->id);
        return false;
    }
    return true;
}

} // namespace

const ColumnDef *BlockDef::column(const QString &key) const
{
    for (const ColumnDef &c : columns) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

bool TableDef::hasClassificationRows() const
{
    for (const BlockDef &block : blocks) {
        for (const RowDef &row : block.rows) {
            if (row.kind == RowKind::Functional)
                return true;
        }
    }
    return false;
}

bool ReportTemplate::readTables(const QJsonObject &json, const QHash<QString, std::shared_ptr<const CodeBook>> &books,
                                QString *error)
{
    const QJsonObject bookIds = json.value(QLatin1String("codebooks")).toObject();
    m_functional = books.value(str(bookIds, "functional"));
    m_economic = books.value(str(bookIds, "economic"));
    if (!m_functional || !m_economic) {
        *error = TemplateText::tr("Template %1 names a code book that is not installed.").arg(m_id);
        return false;
    }

    const QJsonObject display = json.value(QLatin1String("display")).toObject();
    m_display.unit = str(display, "unit") == QLatin1String("yuan") ? MoneyUnit::Yuan : MoneyUnit::Wanyuan;
    m_display.decimals = display.value(QLatin1String("decimals")).toInt(2);
    m_display.percentDecimals = display.value(QLatin1String("percentDecimals")).toInt(2);
    if (display.contains(QLatin1String("notComparable")))
        m_display.notComparable = str(display, "notComparable");

    m_classes = stringList(json.value(QLatin1String("classes")));
    for (const QString &code : std::as_const(m_classes)) {
        if (!m_functional->contains(code)) {
            *error = TemplateText::tr("Template %1 lists class %2, which its code book does not have.").arg(m_id, code);
            return false;
        }
    }

    const auto readTables = [&](const char *key, bool statutory, QList<TableDef> *into) {
        const QJsonArray array = json.value(QLatin1String(key)).toArray();
        for (const auto &value : array) {
            TableDef def;
            if (!readTable(value.toObject(), statutory, m_parts, &def, error))
                return false;
            if (table(def.id)) {
                *error = TemplateText::tr("Template %1 defines table %2 twice.").arg(m_id, def.id);
                return false;
            }
            into->append(def);
        }
        return true;
    };
    if (!readTables("tables", true, &m_tables) || !readTables("sheets", false, &m_sheets))
        return false;

    const QJsonArray texts = json.value(QLatin1String("texts")).toArray();
    for (const auto &value : texts) {
        const QJsonObject o = value.toObject();
        m_texts.append({ str(o, "key"), str(o, "title"), o.value(QLatin1String("part")).toInt() });
    }
    m_textPrefixes = stringList(json.value(QLatin1String("textPrefixes")));

    return true;
}

void ReportTemplate::readRules(const ProfileChain &chain, QList<ProfileIssue> *issues)
{
    const auto readList = [&](const QString &part, const QString &list, bool check, QList<Rule> *into) {
        const QJsonArray items = m_parts.value(part).value(list).toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject json = item.toObject();
            QString key;
            QString why;
            if (const std::optional<Rule> rule = Rule::read(json, check, *this, &key, &why))
                into->append(*rule);
            else
                issues->append(chain.issueAt(part, list, json.value(QLatin1String("id")).toString(), key, why));
        }
    };
    readList(QStringLiteral("tables"), QStringLiteral("checks"), true, &m_checks);
    readList(QStringLiteral("rules"), QStringLiteral("rules"), false, &m_rules);
    const QJsonObject settings = m_parts.value(QStringLiteral("rules")).value(QLatin1String("settings")).toObject();
    m_ruleSettings.changeThresholdPercent = settings.value(QLatin1String("changeThresholdPercent")).toInt(10);
    m_ruleSettings.completionLowPercent = settings.value(QLatin1String("completionLowPercent")).toInt(90);
}

std::shared_ptr<const ReportTemplate>
ReportTemplate::fromProfile(const ProfileChain &chain, const QHash<QString, std::shared_ptr<const CodeBook>> &books,
                            QList<ProfileIssue> *issues)
{
    const ProfilePackage &profile = chain.profile();
    auto t = std::make_shared<ReportTemplate>();
    t->m_id = profile.id;
    t->m_title = profile.title;
    t->m_year = profile.year;
    t->m_source = profile.source;
    t->m_folder = profile.folder;
    t->m_parts = chain.mergedParts();
    if (!t->m_parts.value(QStringLiteral("tables")).contains(QLatin1String("tables"))) {
        issues->append({ profile.filePath(QStringLiteral("profile")), QStringLiteral("$"),
                         TemplateText::tr("neither this profile nor the profiles it extends define the tables (tables.json)") });
        return nullptr;
    }
    QString error;
    if (!t->readTables(t->m_parts.value(QStringLiteral("tables")), books, &error)) {
        issues->append(chain.issueIn(QStringLiteral("tables"), QStringLiteral("$"), error));
        return nullptr;
    }
    const qsizetype before = issues->size();
    QString bandsError;
    if (const std::optional<GradeBands> bands = GradeBands::fromJson(
                t->m_parts.value(QStringLiteral("grades")).value(QLatin1String("bands")), &bandsError))
        t->m_gradeBands = *bands;
    else
        issues->append(chain.issueIn(QStringLiteral("grades"), QStringLiteral("$.bands"), bandsError));
    QString budgetsError;
    if (const std::optional<BudgetKinds> kinds = BudgetKinds::fromJson(t->m_parts.value(QStringLiteral("budgets")), &budgetsError))
        t->m_budgetKinds = *kinds;
    else
        issues->append(chain.issueIn(QStringLiteral("budgets"), QStringLiteral("$.kinds"), budgetsError));
    t->readRules(chain, issues);
    const QJsonArray charts = t->m_parts.value(QStringLiteral("charts")).value(QLatin1String("charts")).toArray();
    for (const QJsonValue &item : charts) {
        const QJsonObject json = item.toObject();
        QString key;
        QString why;
        if (const std::optional<ChartDef> chart = ChartDef::read(json, *t, &key, &why))
            t->m_charts.append(*chart);
        else
            issues->append(chain.issueAt(QStringLiteral("charts"), QStringLiteral("charts"),
                                         json.value(QLatin1String("id")).toString(), key, why));
    }
    if (issues->size() > before)
        return nullptr;
    return t;
}

BudgetChoice ReportTemplate::budgetChoice(const QString &part) const
{
    return { &m_budgetKinds, BudgetKinds::choice(m_parts.value(part).value(QLatin1String("settings")).toObject().value(QLatin1String("budget"))) };
}

const TableDef *ReportTemplate::table(const QString &id) const
{
    for (const QList<TableDef> *list : { &m_tables, &m_sheets }) {
        for (const TableDef &t : *list) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

bool ReportTemplate::acceptsTextKey(const QString &key) const
{
    for (const TextSlot &slot : m_texts) {
        if (slot.key == key)
            return true;
    }
    for (const QString &prefix : m_textPrefixes) {
        if (key.startsWith(prefix) && key.size() > prefix.size())
            return true;
    }
    return false;
}
