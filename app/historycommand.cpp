// The command line's `history`: a document's change history listed, or compacted.
#include "commandline.h"

#include "document/document.h"
#include "history/historycompactor.h"
#include "history/historyjson.h"
#include "history/historytablemodel.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

int CommandLine::history(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption cellOption(QStringLiteral("cell"), QString(), QStringLiteral("cell"));
    const QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("name"));
    const QCommandLineOption compactOption(QStringLiteral("compact"));
    const QCommandLineOption keepOption(QStringLiteral("keep-days"), QString(), QStringLiteral("days"));
    parser.addOptions({ jsonOption, cellOption, userOption, compactOption, keepOption });
    if (!parseArguments(parser, arguments, [&] {
            return parser.positionalArguments().size() == 1
                && parser.isSet(compactOption) == parser.isSet(keepOption);
        }))
        return 64;
    const DocumentFile::Opened opened
        = DocumentFile::open(parser.positionalArguments().constFirst(), m_library);
    if (!opened.document)
        return fail(opened.message);
    Document &document = *opened.document;

    if (parser.isSet(compactOption)) {
        bool ok = false;
        const int days = parser.value(keepOption).toInt(&ok);
        if (!ok || days < 0)
            return fail(QCoreApplication::translate("CommandLine", "\"%1\" is not a number of days.")
                            .arg(parser.value(keepOption)));
        const qsizetype before = document.data().history.size();
        QString error;
        if (!document.replaceHistory(
                HistoryCompactor::compact(document.data().history, QDateTime::currentDateTimeUtc(), days),
                &error))
            return fail(error);
        m_out << QCoreApplication::translate("CommandLine", "History compacted: %1 entries before, %2 now.")
                     .arg(before)
                     .arg(document.data().history.size())
              << Qt::endl;
        return 0;
    }

    HistoryTableModel model;
    model.setDocument(&document);
    if (parser.isSet(cellOption)) {
        HistoryTableModel::Filter filter;
        filter.mode = HistoryTableModel::Filter::Mode::Cell;
        filter.cell = parser.value(cellOption);
        model.setFilter(filter);
    }
    const QString user = parser.value(userOption);
    QList<HistoryEntry> entries;
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!user.isEmpty() && model.entryAt(row).user != user)
            continue;
        entries.prepend(model.entryAt(row));
        QStringList fields;
        for (int column = 0; column < HistoryTableModel::ColumnCount; ++column)
            fields.append(model.index(row, column).data().toString());
        lines.append(fields.join(QLatin1Char('\t')));
    }
    if (parser.isSet(jsonOption)) {
        m_out
            << QJsonDocument(HistoryJson::write(entries, document.layout())).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QString &line : std::as_const(lines))
        m_out << line << '\n';
    return 0;
}
