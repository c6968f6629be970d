#include "commandline.h"

#include "document/document.h"
#include "exchange/xlsxreader.h"
#include "store/documentfile.h"
#include "interchange/bundledsamples.h"
#include "interchange/interchange.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "pdfcommands.h"
#include "print/disclosureexport.h"
#include "report/reportcontent.h"
#include "document/tablestsv.h"
#include "profile/templatelibrary.h"
#include "profilecommands.h"
#include "reviewcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace {

enum ExitStatus { Success = 0, Failure = 1, UsageError = 64 };

const char *const commands[] = { "sample", "new", "import", "export", "tables", "narrative", "audit", "pdf", "odt", "profiles", "profile", "xlsx", "compare", "rollforward", "review", "pdf-batch", "rollup", "history", "help" };

QCommandLineOption outputOption()
{
    return QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                              QCoreApplication::translate("CommandLine", "Write to <file>."), QStringLiteral("file"));
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              QCoreApplication::translate("CommandLine", "Replace the output file if it exists."));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList { QStringLiteral("final-accounts") } + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

CommandLine::CommandLine(const TemplateLibrary &library, QTextStream &out, QTextStream &err)
    : m_library(library), m_out(out), m_err(err)
{
}

bool CommandLine::isCommand(const QString &word)
{
    for (const char *command : commands) {
        if (word == QLatin1String(command))
            return true;
    }
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

QString CommandLine::usage() const
{
    return QCoreApplication::translate(
            "CommandLine",
            "Usage: final-accounts [FILE.fadb]            open the editor\n"
            "       final-accounts COMMAND [ARGUMENTS]\n"
            "\n"
            "Commands:\n"
            "  sample [--template ID] -o FILE.fadb [--force]\n"
            "                                          write the bundled sample document of a template\n"
            "  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]\n"
            "      -o FILE.fadb [--force]              create an empty document\n"
            "  import FILE.json -o FILE.fadb [--force] create a document from interchange JSON\n"
            "  import FILE.xlsx [--template ID] -o FILE.fadb [--force]  create a document from an Excel workbook\n"
            "  import FILE.pdf [--template ID] [--prior] -o FILE.fadb [--force]\n"
            "                                          a document from a published PDF (--prior: only next\n"
            "                                          year's prior-year figures)\n"
            "  audit FILE.pdf [--template ID] [--json] check a published PDF's tables and text\n"
            "  export FILE.fadb [-o FILE.json]         write interchange JSON (default: standard output)\n"
            "  tables FILE.fadb [--table T1…T9]        print the computed tables as TSV\n"
            "  narrative FILE.fadb                     print Parts 1, 3, 4 and 5 as text\n"
            "  audit FILE.fadb [--text FILE.txt] [--json]  check tables and texts (exit 0 clean, 1 warnings, 2 errors,\n"
            "                                          3 when the audit cannot run)\n"
            "  pdf FILE.fadb -o OUT.pdf [--final]      print the disclosure to PDF (draft watermark while the\n"
            "                                          audit has errors; --final refuses while an error or an\n"
            "                                          empty reason remains)\n"
            "  pdf DIR -o OUTDIR [--final]             the same for every .fadb in a folder\n"
            "  odt FILE.fadb -o OUT.odt                the disclosure as an OpenDocument text (also DIR -o OUTDIR)\n"
            "  profiles                                list the profiles with their source\n"
            "  profile check DIR                       validate a profile package (every fault with file and path)\n"
            "  profile schema DIR                      write the JSON Schemas of profile packages into DIR (for\n"
            "                                          an editor such as VS Code)\n"
            "  xlsx FILE.fadb -o FILE.xlsx             write the tables as an Excel workbook\n"
            "  compare A.fadb B.fadb [--json] [-o OUT.pdf]  changed inputs, derived figures and the narrative's blackline\n"
            "  rollforward FILE.fadb --year YYYY [--template ID] [--codemap FILE.json] -o NEW.fadb [--force]\n"
            "                                          start next year's document from this one\n"
            "  rollup UNIT.fadb... -o DEPT.fadb [--template ID] [--main UNIT.fadb] [--force]\n"
            "                                          a department's document added up from its units' (汇总)\n"
            "  review DIR [--json]                     every document and published PDF under a folder in one\n"
            "                                          table (exit 1 when a file could not be read)\n"
            "  pdf-batch DIR -o OUTDIR [-j N] [--final]  every document under a folder as PDF, N at a time\n"
            "  history FILE.fadb [--json] [--cell REF] [--user NAME] | --compact --keep-days N\n"
            "                                          list the change history, or compact what is older\n"
            "  help                                    show this text\n"
            "\n"
            "Every command and the editor take --profiles DIR (repeatable): profile packages besides the\n"
            "built-in ones and those in the user's folder.\n"
            "Templates: %1\n"
            "Exit status: 0 success, 1 failure, 64 wrong arguments; audit: 3 when it cannot run.\n")
            .arg(m_library.ids().join(QLatin1String(", ")));
}

bool CommandLine::needsGui(const QString &word)
{
    return word == QLatin1String("pdf") || word == QLatin1String("odt") || word == QLatin1String("compare")
            || word == QLatin1String("pdf-batch");
}

bool CommandLine::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                 const std::function<bool()> &complete)
{
    QString error;
    if (parse(parser, arguments, &error) && (!complete || complete()))
        return true;
    m_err << (error.isEmpty() ? QString() : error + QLatin1Char('\n')) << usage();
    return false;
}

int CommandLine::fail(const QString &message)
{
    m_err << "final-accounts: " << message << Qt::endl;
    return Failure;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("sample"))
        return sample(rest);
    if (command == QLatin1String("new"))
        return createNew(rest);
    if ((command == QLatin1String("import") || command == QLatin1String("audit")) && PdfCommands::isPdfInput(rest))
        return command == QLatin1String("import") ? PdfCommands(m_library, m_out, m_err).importPdf(rest)
                                                  : PdfCommands(m_library, m_out, m_err).auditPdf(rest);
    if (command == QLatin1String("import"))
        return importJson(rest);
    if (command == QLatin1String("export"))
        return exportJson(rest);
    if (command == QLatin1String("tables"))
        return tables(rest);
    if (command == QLatin1String("narrative"))
        return narrative(rest);
    if (command == QLatin1String("audit"))
        return audit(rest);
    if (command == QLatin1String("pdf") || command == QLatin1String("odt"))
        return publish(rest, command == QLatin1String("pdf"));
    if (command == QLatin1String("profiles"))
        return ProfileCommands::list(m_library, m_out, m_err);
    if (command == QLatin1String("profile"))
        return ProfileCommands::run(m_library, rest, m_out, m_err);
    if (command == QLatin1String("xlsx"))
        return exportXlsx(rest);
    if (command == QLatin1String("compare"))
        return compare(rest);
    if (command == QLatin1String("rollforward"))
        return rollForward(rest);
    if (ReviewCommands::isCommand(command))
        return ReviewCommands(m_library, m_out, m_err).run(command, rest);
    if (command == QLatin1String("rollup"))
        return rollUp(rest);
    if (command == QLatin1String("history"))
        return history(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        m_out << usage();
        return Success;
    }
    m_err << usage();
    return UsageError;
}

int CommandLine::sample(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("id"),
                                            m_library.defaultId());
    parser.addOptions({ templateOption, outputOption(), forceOption() });
    if (!parseArguments(parser, arguments,
                        [&] { return parser.isSet(QStringLiteral("o")) && parser.positionalArguments().isEmpty(); }))
        return UsageError;
    const QByteArray json = BundledSamples::forTemplate(parser.value(templateOption));
    if (json.isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "There is no bundled sample for template \"%1\".")
                            .arg(parser.value(templateOption)));
    Interchange::ReadResult result = Interchange::read(json, m_library);
    if (!result.ok())
        return fail(result.errors.join(QLatin1Char('\n')));
    const DocumentFile::Opened created = DocumentFile::create(parser.value(QStringLiteral("o")), result.reportTemplate,
                                                              result.data, parser.isSet(QStringLiteral("force")), m_library);
    return created.document ? Success : fail(created.message);
}

int CommandLine::createNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("id"),
                                            m_library.defaultId());
    const QCommandLineOption departmentOption(QStringLiteral("department"), QString(), QStringLiteral("name"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QString(), QStringLiteral("year"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QString(), QStringLiteral("kind"), QStringLiteral("行政"));
    parser.addOptions({ templateOption, departmentOption, yearOption, kindOption, outputOption(), forceOption() });
    if (!parseArguments(parser, arguments, [&] {
            return parser.isSet(QStringLiteral("o")) && parser.isSet(departmentOption) && parser.isSet(yearOption);
        }))
        return UsageError;
    const auto reportTemplate = m_library.find(parser.value(templateOption));
    if (!reportTemplate)
        return fail(QCoreApplication::translate("CommandLine", "Unknown template \"%1\"; known: %2.")
                            .arg(parser.value(templateOption), m_library.ids().join(QLatin1String(", "))));
    bool yearOk = false;
    const int year = parser.value(yearOption).toInt(&yearOk);
    if (!yearOk || year < 1990 || year > 2100)
        return fail(QCoreApplication::translate("CommandLine", "\"%1\" is not a year.").arg(parser.value(yearOption)));
    const auto kind = DepartmentInfo::kindFromName(parser.value(kindOption));
    if (!kind)
        return fail(QCoreApplication::translate("CommandLine", "The kind must be 行政, 参公 or 事业."));
    if (parser.value(departmentOption).trimmed().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "The department needs a name."));

    DocumentData data;
    data.department.name = parser.value(departmentOption).trimmed();
    data.department.year = year;
    data.department.setKind(*kind);
    const DocumentFile::Opened created = DocumentFile::create(parser.value(QStringLiteral("o")), reportTemplate, data,
                                                              parser.isSet(QStringLiteral("force")), m_library);
    return created.document ? Success : fail(created.message);
}

int CommandLine::importJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ outputOption(), forceOption(), QCommandLineOption(QStringLiteral("template"), QString(), QStringLiteral("id")) });
    if (!parseArguments(parser, arguments,
                        [&] { return parser.isSet(QStringLiteral("o")) && parser.positionalArguments().size() == 1; }))
        return UsageError;
    const QString input = parser.positionalArguments().constFirst();
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("CommandLine", "Cannot read %1: %2").arg(input, file.errorString()));
    if (XlsxReader::looksLikeZip(file.peek(4)))
        return importXlsx(arguments);
    const Interchange::ReadResult result = Interchange::read(file.readAll(), m_library);
    if (!result.ok()) {
        for (const QString &e : result.errors)
            m_err << input << ": " << e << Qt::endl;
        return fail(QCoreApplication::translate("CommandLine", "%n error(s); nothing was created.", nullptr,
                                                int(result.errors.size())));
    }
    const DocumentFile::Opened created = DocumentFile::create(parser.value(QStringLiteral("o")), result.reportTemplate,
                                                              result.data, parser.isSet(QStringLiteral("force")), m_library);
    return created.document ? Success : fail(created.message);
}

int CommandLine::exportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(outputOption());
    if (!parseArguments(parser, arguments, [&] { return parser.positionalArguments().size() == 1; }))
        return UsageError;
    const DocumentFile::Opened opened = DocumentFile::open(parser.positionalArguments().constFirst(), m_library);
    if (!opened.document)
        return fail(opened.message);
    const QByteArray json = Interchange::write(*opened.document);
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        m_out << QString::fromUtf8(json);
        return Success;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(QCoreApplication::translate("CommandLine", "Cannot write %1: %2").arg(output, file.errorString()));
    return Success;
}

int CommandLine::tables(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tableOption(QStringLiteral("table"), QString(), QStringLiteral("id"));
    parser.addOption(tableOption);
    if (!parseArguments(parser, arguments, [&] { return parser.positionalArguments().size() == 1; }))
        return UsageError;
    const DocumentFile::Opened opened = DocumentFile::open(parser.positionalArguments().constFirst(), m_library);
    if (!opened.document)
        return fail(opened.message);
    if (!parser.isSet(tableOption)) {
        m_out << TablesTsv::allTables(*opened.document);
        return Success;
    }
    const QString id = parser.value(tableOption).toUpper();
    const TableDef *table = opened.document->reportTemplate().table(id);
    if (!table || !table->statutory)
        return fail(QCoreApplication::translate("CommandLine", "There is no table \"%1\"; the tables are T1 to T9.")
                            .arg(parser.value(tableOption)));
    m_out << TablesTsv::table(*opened.document, id);
    return Success;
}

int CommandLine::narrative(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.constFirst().startsWith(QLatin1Char('-'))) {
        m_err << usage();
        return UsageError;
    }
    const DocumentFile::Opened opened = DocumentFile::open(arguments.constFirst(), m_library);
    if (!opened.document)
        return fail(opened.message);
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(opened.document->reportTemplate(), &error);
    if (!wording)
        return fail(error);
    m_out << NarrativeGenerator::generate(*wording, *opened.document).toPlainText();
    return Success;
}

int CommandLine::publish(const QStringList &arguments, bool pdf)
{
    QCommandLineParser parser;
    const QCommandLineOption finalOption(
            QStringLiteral("final"), QCoreApplication::translate("CommandLine", "Export as final: no draft watermark."));
    parser.addOptions({ outputOption(), finalOption });
    if (!parseArguments(parser, arguments,
                        [&] { return parser.isSet(QStringLiteral("o")) && parser.positionalArguments().size() == 1; }))
        return UsageError;
    const QString input = parser.positionalArguments().constFirst();
    const QString output = parser.value(QStringLiteral("o"));
    const bool final = parser.isSet(finalOption);
    if (!QFileInfo(input).isDir())
        return publishFile(input, output, pdf, final) ? Success : Failure;

    const QDir folder(input);
    const QStringList files = folder.entryList({ QStringLiteral("*.fadb") }, QDir::Files, QDir::Name);
    if (!QDir().mkpath(output))
        return fail(QCoreApplication::translate("CommandLine", "Cannot create the folder %1.").arg(output));
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt");
    int failed = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        m_err << QStringLiteral("[%1/%2] %3").arg(i + 1).arg(files.size()).arg(files.at(i)) << Qt::endl;
        const QString target = QDir(output).filePath(QFileInfo(files.at(i)).completeBaseName() + suffix);
        if (!publishFile(folder.filePath(files.at(i)), target, pdf, final))
            ++failed;
    }
    m_err << QCoreApplication::translate("CommandLine", "%1 of %n document(s) written to %2.", nullptr,
                                         int(files.size()))
                    .arg(files.size() - failed)
                    .arg(output)
          << Qt::endl;
    return failed == 0 ? Success : Failure;
}

bool CommandLine::publishFile(const QString &input, const QString &output, bool pdf, bool final)
{
    const DocumentFile::Opened opened = DocumentFile::open(input, m_library);
    if (!opened.document) {
        fail(QStringLiteral("%1: %2").arg(input, opened.message));
        return false;
    }
    ReportContent content = ReportContent::build(*opened.document);
    content.final = final;
    if (final && !content.mayBeFinal()) {
        // Like the editor's final export: a final disclosure states no error and no （待说明）.
        m_err << QCoreApplication::translate("CommandLine",
                                             "%1: not exported as final; export it without --final as a draft, or "
                                             "deal first with:")
                         .arg(input)
              << Qt::endl;
        for (const QString &reason : std::as_const(content.emptyReasons))
            m_err << QCoreApplication::translate("CommandLine", "  empty reason: %1").arg(reason) << Qt::endl;
        for (const QString &error : std::as_const(content.auditErrors))
            m_err << QCoreApplication::translate("CommandLine", "  audit error: %1").arg(error) << Qt::endl;
        for (const QString &section : std::as_const(content.unapprovedSections))
            m_err << QCoreApplication::translate("CommandLine", "  not approved: %1").arg(section) << Qt::endl;
        return false;
    }
    QString error;
    const bool written = pdf ? DisclosureExport::writePdf(content, output, &error)
                             : DisclosureExport::writeOdt(content, output, &error);
    if (!written)
        fail(error);
    return written;
}
