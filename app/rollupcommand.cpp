// The command line's `rollup`: a department's document from its units' documents (汇总).
#include "commandline.h"

#include "rollup/rollupfiles.h"
#include "store/documentstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

int CommandLine::rollUp(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("id"));
    const QCommandLineOption mainOption(QStringLiteral("main"), QString(), QStringLiteral("file"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    parser.addOptions({ templateOption, mainOption, outputOption, forceOption });
    if (!parseArguments(parser, arguments,
                        [&] { return parser.isSet(outputOption) && !parser.positionalArguments().isEmpty(); }))
        return 64;
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    for (const QString &path : parser.positionalArguments()) {
        if (QFileInfo(path).absoluteFilePath() == output)
            return fail(QCoreApplication::translate("CommandLine", "%1 is both a unit file and the output.").arg(output));
    }
    const DepartmentRollup::Result result = RollupFiles::rollUp(
            { parser.positionalArguments(), parser.value(templateOption), parser.value(mainOption) }, m_library);
    if (!result.data)
        return fail(result.error);
    QString error;
    if (!DocumentStore::create(output, *result.data, parser.isSet(forceOption), &error))
        return fail(error);
    m_out << result.summary();
    return 0;
}
