#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class Document;
class TemplateLibrary;

// What the tests share: the bundled templates, the sample document, and running the
// application's command line.
namespace TestSupport {

const TemplateLibrary &library();
// The bundled sample as a document in memory (no file behind it).
std::unique_ptr<Document> sampleDocument();
// An empty document of `templateId` for a department "测试局", 2024.
std::unique_ptr<Document> emptyDocument(const QString &templateId = QStringLiteral("hubei-2024"));
QString sourcePath(const QString &relative);

// Writes the sample as a document file at `path`; returns the error, or nothing.
QString writeSampleFile(const QString &path);
// Runs SQL on a database file through a connection of its own, as another program would;
// returns the first error, or nothing.
QString runSql(const QString &path, const QStringList &statements);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runApp(const QStringList &arguments);

} // namespace TestSupport
