// The command line's `audit FILE.fadb`: the document's tables and texts checked by its profile's rules.
#include "auditcommand.h"

#include "audit/auditengine.h"
#include "audit/auditreport.h"
#include "commandline.h"
#include "document/document.h"
#include "profile/reporttemplate.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace AuditCommand {

std::unique_ptr<AuditEngine> engine(const ReportTemplate &reportTemplate, QString *error)
{
    if (reportTemplate.rules().isEmpty() && reportTemplate.checks().isEmpty()) {
        *error = QCoreApplication::translate("AuditCommand", "The template \"%1\" has no audit rules: there is nothing to check.")
                         .arg(reportTemplate.id());
        return nullptr;
    }
    return AuditEngine::forTemplate(reportTemplate, error);
}

} // namespace AuditCommand

int CommandLine::audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption textOption(QStringLiteral("text"), QString(), QStringLiteral("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({ textOption, jsonOption });
    if (!parseArguments(parser, arguments, [&] { return parser.positionalArguments().size() == 1; }))
        return 64;
    // 1 and 2 say what the audit found: an audit that cannot run must not look like one.
    QString text;
    if (parser.isSet(textOption)) {
        QFile file(parser.value(textOption));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QCoreApplication::translate("CommandLine", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return AuditCommand::CannotRun;
        }
        text = QString::fromUtf8(file.readAll());
    }
    const DocumentFile::Opened opened = DocumentFile::open(parser.positionalArguments().constFirst(), m_library);
    if (!opened.document) {
        fail(opened.message);
        return AuditCommand::CannotRun;
    }
    QString error;
    const auto engine = AuditCommand::engine(opened.document->reportTemplate(), &error);
    if (!engine) {
        fail(error);
        return AuditCommand::CannotRun;
    }
    const QList<Finding> findings = engine->run(*opened.document, text);
    if (parser.isSet(jsonOption))
        m_out << QString::fromUtf8(AuditReport::toJson(findings));
    else
        m_out << AuditReport::toText(findings);
    return auditExitStatus(findings);
}
