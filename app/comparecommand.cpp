// The command line's `compare`: two documents side by side, as text, JSON or a PDF.
#include "commandline.h"

#include "compare/comparisonreport.h"
#include "compare/documentcomparison.h"
#include "document/document.h"
#include "exchange/comparisonpdf.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QTextStream>

int CommandLine::compare(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption pdfOption({ QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file"));
    parser.addOptions({ jsonOption, pdfOption });
    if (!parseArguments(parser, arguments, [&] { return parser.positionalArguments().size() == 2; }))
        return 64;
    const QStringList files = parser.positionalArguments();
    const DocumentFile::Opened before = DocumentFile::open(files.at(0), m_library);
    if (!before.document)
        return fail(QStringLiteral("%1: %2").arg(files.at(0), before.message));
    const DocumentFile::Opened after = DocumentFile::open(files.at(1), m_library);
    if (!after.document)
        return fail(QStringLiteral("%1: %2").arg(files.at(1), after.message));
    const DocumentComparison comparison = DocumentComparison::compare(*before.document, *after.document);
    if (parser.isSet(pdfOption)) {
        QString error;
        if (!ComparisonPdf::write(comparison, parser.value(pdfOption), &error))
            return fail(error);
    }
    if (parser.isSet(jsonOption))
        m_out << QString::fromUtf8(ComparisonReport::toJson(comparison));
    else if (!parser.isSet(pdfOption))
        m_out << ComparisonReport::toText(comparison);
    return 0;
}
