// The command line's Excel commands: `xlsx` writes a workbook, `import` reads one.
#include "commandline.h"

#include "document/document.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxreader.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int CommandLine::exportXlsx(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file")));
    if (!parseArguments(parser, arguments,
                        [&] { return parser.isSet(QStringLiteral("o")) && parser.positionalArguments().size() == 1; }))
        return 64;
    const DocumentFile::Opened opened = DocumentFile::open(parser.positionalArguments().constFirst(), m_library);
    if (!opened.document)
        return fail(opened.message);
    QString error;
    if (!XlsxExport::write(*opened.document, parser.value(QStringLiteral("o")), &error))
        return fail(error);
    return 0;
}

int CommandLine::importXlsx(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("id"));
    parser.addOptions({ templateOption,
                        QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file")),
                        QCommandLineOption(QStringLiteral("force")) });
    if (!parseArguments(parser, arguments,
                        [&] { return parser.isSet(QStringLiteral("o")) && parser.positionalArguments().size() == 1; }))
        return 64;
    const QString input = parser.positionalArguments().constFirst();
    if (parser.isSet(templateOption) && !m_library.find(parser.value(templateOption)))
        return fail(QCoreApplication::translate("CommandLine", "Unknown template \"%1\"; known: %2.")
                            .arg(parser.value(templateOption), m_library.ids().join(QLatin1String(", "))));
    QString error;
    const auto workbook = XlsxReader::read(input, &error);
    if (!workbook)
        return fail(error);
    const auto created = WorkbookImport::createDocument(*workbook, m_library, parser.value(templateOption), &error);
    if (!created)
        return fail(QStringLiteral("%1: %2").arg(input, error));
    m_err << created->plan.summary();
    const DocumentFile::Opened written = DocumentFile::create(parser.value(QStringLiteral("o")), created->reportTemplate,
                                                              created->data, parser.isSet(QStringLiteral("force")), m_library);
    return written.document ? 0 : fail(written.message);
}
