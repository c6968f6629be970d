// The command line's `rollforward`: next year's document from this year's.
#include "commandline.h"

#include "document/document.h"
#include "profile/templatelibrary.h"
#include "rollforward/rollforward.h"
#include "rollforward/rollforwardrules.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int CommandLine::rollForward(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), QString(), QStringLiteral("year"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("id"));
    const QCommandLineOption codeMapOption(QStringLiteral("codemap"), QString(), QStringLiteral("file"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    parser.addOptions({ yearOption, templateOption, codeMapOption, outputOption, forceOption });
    if (!parseArguments(parser, arguments, [&] {
            return parser.isSet(outputOption) && parser.isSet(yearOption) && parser.positionalArguments().size() == 1;
        }))
        return 64;
    bool yearOk = false;
    const int year = parser.value(yearOption).toInt(&yearOk);
    if (!yearOk || year < 1990 || year > 2100)
        return fail(QCoreApplication::translate("CommandLine", "\"%1\" is not a year.").arg(parser.value(yearOption)));
    const DocumentFile::Opened opened = DocumentFile::open(parser.positionalArguments().constFirst(), m_library);
    if (!opened.document)
        return fail(opened.message);
    const QString templateId = parser.isSet(templateOption) ? parser.value(templateOption) : opened.document->reportTemplate().id();
    const auto target = m_library.find(templateId);
    if (!target)
        return fail(QCoreApplication::translate("CommandLine", "Unknown template \"%1\"; known: %2.")
                            .arg(templateId, m_library.ids().join(QLatin1String(", "))));
    QString error;
    auto rules = RollForwardRules::forTemplate(*target, &error);
    if (!rules)
        return fail(error);
    if (parser.isSet(codeMapOption)) {
        QFile file(parser.value(codeMapOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("CommandLine", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        if (!rules->readCodeMap(file.readAll(), &error))
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
    }
    const RollForward::Result result = RollForward::run(*opened.document, *target, year, *rules);
    const DocumentFile::Opened created = DocumentFile::create(parser.value(outputOption), target, result.data,
                                                              parser.isSet(forceOption), m_library);
    if (!created.document)
        return fail(created.message);
    m_out << result.summary();
    return 0;
}
