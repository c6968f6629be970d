#include "store/storesql.h"

#include "store/rollupsql.h"
#include "history/historysql.h"
#include "store/signoffsql.h"
#include "document/inputlimits.h"
#include "evaluation/formkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace StoreSql {

namespace {

bool prepare(QSqlQuery &query, const char *sql, QString *error)
{
    if (!query.prepare(QString::fromLatin1(sql))) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

bool run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        // A null QString binds as SQL NULL; every text column here is NOT NULL and means "".
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (!query.exec()) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

bool runOnce(QSqlDatabase &db, const char *sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    return prepare(query, sql, error) && run(query, values, error);
}

} // namespace

bool writeCells(QSqlDatabase &db, const QList<CellInput> &cells, QString *error)
{
    QSqlQuery upsert(db);
    QSqlQuery remove(db);
    if (!prepare(upsert,
                 "INSERT INTO cell (sheet, row_key, column_key, value) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (sheet, row_key, column_key) DO UPDATE SET value = excluded.value",
                 error)
        || !prepare(remove, "DELETE FROM cell WHERE sheet = ? AND row_key = ? AND column_key = ?", error))
        return false;
    for (const CellInput &cell : cells) {
        const bool ok = cell.value
                ? run(upsert, { cell.ref.sheet, cell.ref.row, cell.ref.column, *cell.value }, error)
                : run(remove, { cell.ref.sheet, cell.ref.row, cell.ref.column }, error);
        if (!ok)
            return false;
    }
    return true;
}

bool addRows(QSqlDatabase &db, const QList<std::pair<QString, QString>> &rows, QString *error)
{
    QSqlQuery insert(db);
    if (!prepare(insert, "INSERT INTO class_row (sheet, code) VALUES (?, ?) ON CONFLICT DO NOTHING", error))
        return false;
    for (const auto &[sheet, code] : rows) {
        if (!run(insert, { sheet, code }, error))
            return false;
    }
    return true;
}

bool removeRows(QSqlDatabase &db, const QList<std::pair<QString, QString>> &rows, QString *error)
{
    QSqlQuery remove(db);
    if (!prepare(remove, "DELETE FROM class_row WHERE sheet = ? AND code = ?", error))
        return false;
    for (const auto &[sheet, code] : rows) {
        if (!run(remove, { sheet, code }, error))
            return false;
    }
    return true;
}

bool writeRowFunds(QSqlDatabase &db, const QList<std::pair<QString, QString>> &funds, QString *error)
{
    QSqlQuery upsert(db);
    QSqlQuery remove(db);
    if (!prepare(upsert,
                 "INSERT INTO class_row_fund (code, fund) VALUES (?, ?) "
                 "ON CONFLICT (code) DO UPDATE SET fund = excluded.fund",
                 error)
        || !prepare(remove, "DELETE FROM class_row_fund WHERE code = ?", error))
        return false;
    for (const auto &[code, fund] : funds) {
        if (!(fund.isEmpty() ? run(remove, { code }, error) : run(upsert, { code, fund }, error)))
            return false;
    }
    return true;
}

bool writeTexts(QSqlDatabase &db, const QList<std::pair<QString, QString>> &texts, QString *error)
{
    QSqlQuery upsert(db);
    QSqlQuery remove(db);
    if (!prepare(upsert,
                 "INSERT INTO free_text (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 error)
        || !prepare(remove, "DELETE FROM free_text WHERE key = ?", error))
        return false;
    for (const auto &[key, text] : texts) {
        // A file holding a longer text would be refused on opening, so it is never written.
        if (text.size() > InputLimits::MaxTextLength) {
            *error = QCoreApplication::translate("DocumentStore", "a text of more than %1 characters cannot be saved")
                             .arg(InputLimits::MaxTextLength);
            return false;
        }
        if (!(text.isEmpty() ? run(remove, { key }, error) : run(upsert, { key, text }, error)))
            return false;
    }
    return true;
}

bool writeDepartment(QSqlDatabase &db, const QString &templateId, const DepartmentInfo &department, QString *error)
{
    QSqlQuery upsert(db);
    if (!prepare(upsert,
                 "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 error))
        return false;
    QList<std::pair<QString, QString>> meta {
        { QStringLiteral("department.name"), department.name },
        { QStringLiteral("department.code"), department.code },
        { QStringLiteral("department.year"), QString::number(department.year) },
    };
    if (!templateId.isEmpty())
        meta.append({ QStringLiteral("template"), templateId });
    for (const auto &[key, value] : meta) {
        if (!run(upsert, { key, value }, error))
            return false;
    }
    // An unknown 公开日期 is no row at all, never a made-up date.
    const bool published = department.published.isValid()
            ? run(upsert, { QStringLiteral("department.published"), department.published.toString(Qt::ISODate) }, error)
            : runOnce(db, "DELETE FROM meta WHERE key = 'department.published'", {}, error);
    if (!published)
        return false;
    if (!runOnce(db, "DELETE FROM unit", {}, error))
        return false;
    QSqlQuery unit(db);
    if (!prepare(unit, "INSERT INTO unit (position, name, kind, merged) VALUES (?, ?, ?, ?)", error))
        return false;
    for (qsizetype i = 0; i < department.units.size(); ++i) {
        const BudgetUnit &u = department.units.at(i);
        if (!run(unit, { int(i), u.name, DepartmentInfo::kindName(u.kind), int(u.merged) }, error))
            return false;
    }
    return true;
}

bool writeProjects(QSqlDatabase &db, const QList<Project> &projects, QString *error)
{
    if (!runOnce(db, "DELETE FROM project_indicator", {}, error) || !runOnce(db, "DELETE FROM project_fund", {}, error)
        || !runOnce(db, "DELETE FROM project", {}, error))
        return false;
    QSqlQuery project(db);
    QSqlQuery fund(db);
    QSqlQuery indicator(db);
    if (!prepare(project,
                 "INSERT INTO project (id, position, name, supervisor, implementer, goal_planned, goal_achieved,"
                 " tracked, problems, measures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 error)
        || !prepare(fund, "INSERT INTO project_fund (project_id, source, budget_column, amount) VALUES (?, ?, ?, ?)",
                    error)
        || !prepare(indicator,
                    "INSERT INTO project_indicator (project_id, position, category, name, comparison, target, unit,"
                    " actual, weight, score, deviation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    error))
        return false;
    const auto points = [](const std::optional<Points> &value) {
        return value ? QVariant(value->hundredths()) : QVariant();
    };
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const Project &p = projects.at(i);
        if (!run(project, { p.id, int(i), p.name, p.supervisor, p.implementer, p.goalPlanned, p.goalAchieved,
                            int(p.tracked), p.problems, p.measures },
                 error))
            return false;
        for (int s = 0; s < FundSourceCount; ++s) {
            for (int c = 0; c < FundColumnCount; ++c) {
                const std::optional<Money> amount = p.funds.amount(FundSource(s), FundColumn(c));
                if (amount
                    && !run(fund, { p.id, FormKeys::key(FundSource(s)), FormKeys::key(FundColumn(c)), amount->fen() },
                            error))
                    return false;
            }
        }
        for (qsizetype k = 0; k < p.indicators.size(); ++k) {
            const PerformanceIndicator &in = p.indicators.at(k);
            if (!run(indicator, { p.id, int(k), FormKeys::key(in.category), in.name, FormKeys::key(in.comparison),
                                  in.target, in.unit, in.actual, points(in.weight), points(in.score), in.deviation },
                     error))
                return false;
        }
    }
    return true;
}

bool writeNotes(QSqlDatabase &db, const QStringList &notes, QString *error)
{
    if (!runOnce(db, "DELETE FROM note", {}, error))
        return false;
    QSqlQuery insert(db);
    if (!prepare(insert, "INSERT INTO note (position, value) VALUES (?, ?)", error))
        return false;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (!run(insert, { int(i), notes.at(i) }, error))
            return false;
    }
    return true;
}

bool writeBatch(QSqlDatabase &db, const StoreBatch &batch, QString *error)
{
    return writeCells(db, batch.cells, error) && addRows(db, batch.addedRows, error)
            && removeRows(db, batch.removedRows, error) && writeTexts(db, batch.texts, error)
            && (!batch.department || writeDepartment(db, QString(), *batch.department, error))
            && (!batch.projects || writeProjects(db, *batch.projects, error))
            && (!batch.rollup || RollupSql::write(db, *batch.rollup, error))
            && writeRowFunds(db, batch.rowFunds, error)
            && (!batch.signoff || SignoffSql::write(db, *batch.signoff, error));
}

bool writeAll(QSqlDatabase &db, const DocumentData &data, QString *error)
{
    QList<CellInput> cells;
    cells.reserve(data.cells.size());
    for (auto it = data.cells.constBegin(); it != data.cells.constEnd(); ++it)
        cells.append({ it.key(), it.value() });
    QList<std::pair<QString, QString>> rows;
    for (auto it = data.classRows.constBegin(); it != data.classRows.constEnd(); ++it) {
        for (const QString &code : it.value())
            rows.append({ it.key(), code });
    }
    QList<std::pair<QString, QString>> texts;
    for (auto it = data.texts.constBegin(); it != data.texts.constEnd(); ++it)
        texts.append({ it.key(), it.value() });
    QList<std::pair<QString, QString>> funds;
    for (auto it = data.rowFunds.constBegin(); it != data.rowFunds.constEnd(); ++it)
        funds.append({ it.key(), it.value() });
    return writeDepartment(db, data.templateId, data.department, error) && writeCells(db, cells, error)
            && addRows(db, rows, error) && writeRowFunds(db, funds, error) && writeTexts(db, texts, error)
            && writeProjects(db, data.projects, error) && writeNotes(db, data.notes, error)
            && RollupSql::write(db, data.rollup, error) && HistorySql::replace(db, data.history, error)
            && SignoffSql::write(db, data.signoff, error);
}

namespace {

bool readProjects(QSqlDatabase &db, QList<Project> *projects, QString *error)
{
    QSqlQuery query(db);
    const auto select = [&](const char *sql) {
        if (!query.exec(QString::fromLatin1(sql))) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    };
    if (!select("SELECT id, name, supervisor, implementer, goal_planned, goal_achieved, tracked, problems, measures"
                " FROM project ORDER BY position"))
        return false;
    QHash<qint64, qsizetype> projectIndex;
    while (query.next()) {
        Project p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.supervisor = query.value(2).toString();
        p.implementer = query.value(3).toString();
        p.goalPlanned = query.value(4).toString();
        p.goalAchieved = query.value(5).toString();
        p.tracked = query.value(6).toInt() != 0;
        p.problems = query.value(7).toString();
        p.measures = query.value(8).toString();
        projectIndex.insert(p.id, projects->size());
        projects->append(p);
    }
    if (!select("SELECT project_id, source, budget_column, amount FROM project_fund"))
        return false;
    while (query.next()) {
        const auto it = projectIndex.constFind(query.value(0).toLongLong());
        const auto source = FormKeys::fundSource(query.value(1).toString());
        const auto column = FormKeys::fundColumn(query.value(2).toString());
        if (it == projectIndex.constEnd() || !source || !column)
            continue;
        (*projects)[*it].funds.setAmount(*source, *column, Money::fromFen(query.value(3).toLongLong()));
    }
    if (!select("SELECT project_id, category, name, comparison, target, unit, actual, weight, score, deviation"
                " FROM project_indicator ORDER BY project_id, position"))
        return false;
    const auto points = [&](int column) {
        return query.value(column).isNull() ? std::optional<Points>()
                                            : Points::fromHundredths(query.value(column).toLongLong());
    };
    while (query.next()) {
        const auto it = projectIndex.constFind(query.value(0).toLongLong());
        if (it == projectIndex.constEnd())
            continue;
        PerformanceIndicator in;
        in.category = FormKeys::category(query.value(1).toString()).value_or(IndicatorCategory::Quantity);
        in.name = query.value(2).toString();
        in.comparison = FormKeys::comparison(query.value(3).toString()).value_or(Comparison::None);
        in.target = query.value(4).toString();
        in.unit = query.value(5).toString();
        in.actual = query.value(6).toString();
        in.weight = points(7);
        in.score = points(8);
        in.deviation = query.value(9).toString();
        (*projects)[*it].indicators.append(in);
    }
    return true;
}

} // namespace

bool holds(Content content, const QString &table)
{
    static const QStringList records { QStringLiteral("history"), QStringLiteral("review_comment"),
                                       QStringLiteral("review_state"), QStringLiteral("signature"),
                                       QStringLiteral("rollup_eliminated"), QStringLiteral("rollup_source"),
                                       QStringLiteral("rollup_value") };
    return content == Content::All || !records.contains(table);
}

bool readAll(QSqlDatabase &db, DocumentData *data, Content content, QString *error)
{
    QSqlQuery query(db);
    const auto select = [&](const char *sql) {
        if (!query.exec(QString::fromLatin1(sql))) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    };

    if (!select("SELECT key, value FROM meta"))
        return false;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("template"))
            data->templateId = value;
        else if (key == QLatin1String("department.name"))
            data->department.name = value;
        else if (key == QLatin1String("department.code"))
            data->department.code = value;
        else if (key == QLatin1String("department.year"))
            data->department.year = value.toInt();
        else if (key == QLatin1String("department.published"))
            data->department.published = QDate::fromString(value, Qt::ISODate);
    }
    if (!select("SELECT name, kind, merged FROM unit ORDER BY position"))
        return false;
    while (query.next()) {
        const auto kind = DepartmentInfo::kindFromName(query.value(1).toString());
        if (!kind) {
            *error = QCoreApplication::translate("StoreSql", "unit \"%1\" is of kind \"%2\", not 行政, 参公 or 事业")
                             .arg(query.value(0).toString(), query.value(1).toString());
            return false;
        }
        data->department.units.append({ query.value(0).toString(), *kind, query.value(2).toInt() != 0 });
    }
    if (!select("SELECT sheet, row_key, column_key, value FROM cell"))
        return false;
    while (query.next()) {
        data->cells.insert({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() },
                           query.value(3).toLongLong());
    }
    if (!select("SELECT sheet, code FROM class_row ORDER BY sheet, code"))
        return false;
    while (query.next())
        data->classRows[query.value(0).toString()].append(query.value(1).toString());
    if (!select("SELECT code, fund FROM class_row_fund"))
        return false;
    while (query.next())
        data->rowFunds.insert(query.value(0).toString(), query.value(1).toString());
    if (!select("SELECT key, value FROM free_text"))
        return false;
    while (query.next())
        data->texts.insert(query.value(0).toString(), query.value(1).toString());
    if (!select("SELECT value FROM note ORDER BY position"))
        return false;
    while (query.next())
        data->notes.append(query.value(0).toString());

    if (!readProjects(db, &data->projects, error))
        return false;
    if (content == Content::All
        && (!RollupSql::read(db, &data->rollup, error) || !HistorySql::read(db, &data->history, error)
            || !SignoffSql::read(db, &data->signoff, error)))
        return false;
    if (data->templateId.isEmpty()) {
        *error = QCoreApplication::translate("DocumentStore", "the file names no template");
        return false;
    }
    return true;
}

QString describe(const QSqlError &error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("StoreSql", text); };
    // SQLite's result codes; Qt passes on the extended code where SQLite gives one.
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case 13: // SQLITE_FULL
        return tr("the disk is full");
    case 10: // SQLITE_IOERR: writing (778), syncing (1034) or truncating (1546) is what fails on a full
             // or failing disk; a quota or file-size limit reports EFBIG, not "full"
        if (code == 778 || code == 1034 || code == 1546)
            return tr("the file could not be written to the disk (the disk may be full or failing)");
        return tr("the disk could not be read or written (%1)").arg(error.databaseText());
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program holds a lock on the file");
    case 8: // SQLITE_READONLY
        return tr("the file can no longer be written");
    default:
        return error.text();
    }
}

} // namespace StoreSql
