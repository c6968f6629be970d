#include "pdfcommands.h"

#include "auditcommand.h"
#include "audit/auditengine.h"
#include "audit/auditreport.h"
#include "document/document.h"
#include "pdfimport/pdfdisclosure.h"
#include "pdfimport/pdfimporter.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

enum ExitStatus { Success = 0, Failure = 1, UsageError = 64 };

// Options that take a value, whose value is therefore not the input file.
const QStringList valueOptions = { QStringLiteral("-o"), QStringLiteral("--output"),
    QStringLiteral("--template"), QStringLiteral("--text") };

QString usage()
{
    return QCoreApplication::translate("PdfCommands",
        "Usage: final-accounts import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]\n"
        "       final-accounts audit FILE.pdf [--template ID] [--json]\n");
}

} // namespace

PdfCommands::PdfCommands(const TemplateLibrary &library, QTextStream &out, QTextStream &err)
    : m_library(library)
    , m_out(out)
    , m_err(err)
{
}

bool PdfCommands::isPdfInput(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        if (argument.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
        QFile file(argument);
        return file.open(QIODevice::ReadOnly) && file.peek(5) == "%PDF-";
    }
    return false;
}

int PdfCommands::fail(const QString &message)
{
    m_err << "final-accounts: " << message << Qt::endl;
    return Failure;
}

int PdfCommands::cannotRun(const QString &message)
{
    fail(message);
    return AuditCommand::CannotRun;
}

int PdfCommands::importPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption(
        { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), QString(), QStringLiteral("id"), m_library.defaultId());
    const QCommandLineOption priorOption(QStringLiteral("prior"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    parser.addOptions({ outputOption, templateOption, priorOption, forceOption });
    if (!parser.parse(QStringList { QStringLiteral("final-accounts") } + arguments)
        || !parser.isSet(outputOption) || parser.positionalArguments().size() != 1) {
        m_err << parser.errorText() << Qt::endl << usage();
        return UsageError;
    }
    const auto reportTemplate = m_library.find(parser.value(templateOption));
    if (!reportTemplate)
        return fail(QCoreApplication::translate("PdfCommands", "Unknown template \"%1\"; known: %2.")
                        .arg(parser.value(templateOption), m_library.ids().join(QLatin1String(", "))));
    QString error;
    const QString input = parser.positionalArguments().constFirst();
    const auto read = PdfDisclosure::read(input, reportTemplate, &error);
    if (!read)
        return fail(error);
    m_out << read->summary();
    for (const Finding &finding : read->findings)
        m_out << AuditSeverity::displayName(finding.severity) << ": " << finding.message << Qt::endl;

    const DocumentData data = parser.isSet(priorOption)
        ? PdfImporter::priorYear(*read->document, read->layout)
        : read->document->data();
    const DocumentFile::Opened created = DocumentFile::create(
        parser.value(outputOption), reportTemplate, data, parser.isSet(forceOption), m_library);
    return created.document ? Success : fail(created.message);
}

int PdfCommands::auditPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption templateOption(
        QStringLiteral("template"), QString(), QStringLiteral("id"), m_library.defaultId());
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({ templateOption, jsonOption });
    if (!parser.parse(QStringList { QStringLiteral("final-accounts") } + arguments)
        || parser.positionalArguments().size() != 1) {
        m_err << parser.errorText() << Qt::endl << usage();
        return UsageError;
    }
    // 1 and 2 say what the audit found: an audit that cannot run must not look like one.
    const auto reportTemplate = m_library.find(parser.value(templateOption));
    if (!reportTemplate)
        return cannotRun(QCoreApplication::translate("PdfCommands", "Unknown template \"%1\"; known: %2.")
                             .arg(parser.value(templateOption), m_library.ids().join(QLatin1String(", "))));
    QString error;
    const auto engine = AuditCommand::engine(*reportTemplate, &error);
    if (!engine)
        return cannotRun(error);
    const auto read = PdfDisclosure::read(parser.positionalArguments().constFirst(), reportTemplate, &error);
    if (!read)
        return cannotRun(error);
    int skipped = 0;
    QList<Finding> findings = read->audit(*engine, &skipped);
    if (skipped > 0)
        m_err << QCoreApplication::translate("PdfCommands",
            "%n check(s) left out: they need figures the PDF's tables do not print "
            "(budgets, last year's figures, 三公 details, projects).",
            nullptr, skipped)
              << Qt::endl;
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    if (parser.isSet(jsonOption))
        m_out << QString::fromUtf8(AuditReport::toJson(findings));
    else
        m_out << AuditReport::toText(findings);
    return auditExitStatus(findings);
}
