#include "profile/reporttemplate.h"

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

bool readTable(const QJsonObject &json, bool statutory, TableDef *table, QString *error)
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
            if (column.key.isEmpty() || block.column(column.key)) {
                *error = TemplateText::tr("Table %1 has a column without a key or with a repeated key.").arg(table->id);
                return false;
            }
            block.columns.append(column);
        }
        const QJsonArray rows = b.value(QLatin1String("rows")).toArray();
        for (const auto &rowValue : rows) {
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

std::shared_ptr<const ReportTemplate>
ReportTemplate::fromJson(const QJsonObject &json, const QHash<QString, std::shared_ptr<const CodeBook>> &books,
                         QString *error)
{
    auto t = std::make_shared<ReportTemplate>();
    t->m_id = str(json, "id");
    t->m_title = str(json, "title");
    t->m_year = json.value(QLatin1String("year")).toInt();
    if (t->m_id.isEmpty()) {
        *error = TemplateText::tr("A template has no id.");
        return nullptr;
    }

    const QJsonObject bookIds = json.value(QLatin1String("codebooks")).toObject();
    t->m_functional = books.value(str(bookIds, "functional"));
    t->m_economic = books.value(str(bookIds, "economic"));
    if (!t->m_functional || !t->m_economic) {
        *error = TemplateText::tr("Template %1 names a code book that is not installed.").arg(t->m_id);
        return nullptr;
    }

    const QJsonObject display = json.value(QLatin1String("display")).toObject();
    t->m_display.unit = str(display, "unit") == QLatin1String("yuan") ? MoneyUnit::Yuan : MoneyUnit::Wanyuan;
    t->m_display.decimals = display.value(QLatin1String("decimals")).toInt(2);
    t->m_display.percentDecimals = display.value(QLatin1String("percentDecimals")).toInt(2);
    if (display.contains(QLatin1String("notComparable")))
        t->m_display.notComparable = str(display, "notComparable");

    t->m_classes = stringList(json.value(QLatin1String("classes")));
    for (const QString &code : std::as_const(t->m_classes)) {
        if (!t->m_functional->contains(code)) {
            *error = TemplateText::tr("Template %1 lists class %2, which its code book does not have.").arg(t->m_id, code);
            return nullptr;
        }
    }

    const auto readTables = [&](const char *key, bool statutory, QList<TableDef> *into) {
        const QJsonArray array = json.value(QLatin1String(key)).toArray();
        for (const auto &value : array) {
            TableDef table;
            if (!readTable(value.toObject(), statutory, &table, error))
                return false;
            if (t->table(table.id)) {
                *error = TemplateText::tr("Template %1 defines table %2 twice.").arg(t->m_id, table.id);
                return false;
            }
            into->append(table);
        }
        return true;
    };
    if (!readTables("tables", true, &t->m_tables) || !readTables("sheets", false, &t->m_sheets))
        return nullptr;

    const QJsonArray texts = json.value(QLatin1String("texts")).toArray();
    for (const auto &value : texts) {
        const QJsonObject o = value.toObject();
        t->m_texts.append({ str(o, "key"), str(o, "title"), o.value(QLatin1String("part")).toInt() });
    }
    t->m_textPrefixes = stringList(json.value(QLatin1String("textPrefixes")));

    const QJsonArray checks = json.value(QLatin1String("checks")).toArray();
    for (const auto &value : checks) {
        const QJsonObject o = value.toObject();
        t->m_checks.append({ str(o, "id"), str(o, "severity"), str(o, "each"), str(o, "lhs"), str(o, "op"),
                             str(o, "rhs"), str(o, "message") });
    }
    return t;
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
