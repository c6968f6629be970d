#include "testsupport.h"

#include "document/document.h"
#include "interchange/bundledsamples.h"
#include "interchange/interchange.h"
#include "profile/templatelibrary.h"
#include "store/documentstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace TestSupport {

const TemplateLibrary &library()
{
    static const std::unique_ptr<TemplateLibrary> instance = [] {
        QString error;
        auto loaded = TemplateLibrary::loadBuiltIn(&error);
        if (!loaded)
            qFatal("templates: %s", qPrintable(error));
        return loaded;
    }();
    return *instance;
}

std::unique_ptr<Document> sampleDocument(const QString &templateId)
{
    const QByteArray json = BundledSamples::forTemplate(templateId);
    if (json.isEmpty())
        qFatal("no sample of %s in the resources", qPrintable(templateId));
    Interchange::ReadResult result = Interchange::read(json, library());
    if (!result.ok())
        qFatal("sample: %s", qPrintable(result.errors.join(QLatin1Char('\n'))));
    QString error;
    auto document = Document::create(result.reportTemplate, result.data, &error);
    if (!document)
        qFatal("sample: %s", qPrintable(error));
    return document;
}

std::unique_ptr<Document> emptyDocument(const QString &templateId)
{
    DocumentData data;
    data.department.name = QStringLiteral("测试局");
    data.department.year = 2024;
    QString error;
    auto document = Document::create(library().find(templateId), data, &error);
    if (!document)
        qFatal("empty document: %s", qPrintable(error));
    return document;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(FAE_SOURCE_DIR "/") + relative;
}

QString writeSampleFile(const QString &path)
{
    QString error;
    DocumentStore::create(path, sampleDocument()->data(), false, &error);
    return error;
}

QString runSql(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("test-raw-sql");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (error.isEmpty() && !query.exec(sql))
                error = sql + QLatin1String(": ") + query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QStringList version1Schema()
{
    return {
        QStringLiteral("PRAGMA application_id = %1").arg(DocumentStore::ApplicationId),
        QStringLiteral("PRAGMA user_version = 1"),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE unit (position INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE cell (sheet TEXT NOT NULL, row_key TEXT NOT NULL, column_key TEXT NOT NULL,"
                       " value BIGINT NOT NULL, PRIMARY KEY (sheet, row_key, column_key))"),
        QStringLiteral("CREATE TABLE class_row (sheet TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (sheet, code))"),
        QStringLiteral("CREATE TABLE free_text (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE note (position INTEGER PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE project (id BIGINT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
                       " budget BIGINT NOT NULL, executed BIGINT NOT NULL, problems TEXT NOT NULL, measures TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE project_output (project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, indicator TEXT NOT NULL, value TEXT NOT NULL, unit TEXT NOT NULL,"
                       " PRIMARY KEY (project_id, position))"),
    };
}

QString copyProfile(const QString &from, const QString &folder, const QString &id,
                    const std::function<void(const QString &part, QJsonObject *json)> &edit)
{
    const QDir source(QStringLiteral(":/profiles/") + from);
    const QString target = QDir(folder).filePath(id);
    QDir().mkpath(target);
    for (const QString &name : source.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QFile in(source.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(in.fileName()));
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        if (name == QLatin1String("profile.json"))
            json.insert(QStringLiteral("id"), id);
        if (edit)
            edit(name.chopped(5), &json);
        QFile out(QDir(target).filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(out.fileName()));
        out.write(QJsonDocument(json).toJson());
    }
    return target;
}

ProcessResult runApp(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        variables.insert(it.key(), it.value());
    process.setProcessEnvironment(variables);
    process.setProgram(QStringLiteral(FAE_APP_PATH));
    process.setArguments(arguments);
    process.start();
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace TestSupport
