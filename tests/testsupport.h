#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Document;
class QJsonObject;
class TemplateLibrary;

// What the tests share: the bundled templates, the sample document, and running the
// application's command line.
namespace TestSupport {

const TemplateLibrary &library();
// The bundled sample of a template as a document in memory (no file behind it).
std::unique_ptr<Document> sampleDocument(const QString &templateId = QStringLiteral("hubei-2024"));
// An empty document of `templateId` for a department "测试局", 2024.
std::unique_ptr<Document> emptyDocument(const QString &templateId = QStringLiteral("hubei-2024"));
QString sourcePath(const QString &relative);

// Writes the sample as a document file at `path`; returns the error, or nothing.
QString writeSampleFile(const QString &path);
// Runs SQL on a database file through a connection of its own, as another program would;
// returns the first error, or nothing.
QString runSql(const QString &path, const QStringList &statements);
// The statements that make an empty file of the store's first format (version 1), for the
// upgrade tests to add their rows to and run with runSql.
QStringList version1Schema();

// Writes the built-in package `from` into `folder`/`id` with its id changed; `edit` may change
// any part (named without ".json") before it is written. Returns the package's folder.
QString copyProfile(const QString &from, const QString &folder, const QString &id,
                    const std::function<void(const QString &part, QJsonObject *json)> &edit = {});

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// `environment` adds variables to the test's own (XDG_DATA_HOME for a user folder of one's own).
ProcessResult runApp(const QStringList &arguments, const QHash<QString, QString> &environment = {});

} // namespace TestSupport
