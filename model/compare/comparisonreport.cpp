#include "compare/comparisonreport.h"

#include "compare/documentcomparison.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Amounts in 万元 as exact decimals (as in the interchange format), counts as they are.
QString valueText(const std::optional<qint64> &value, bool count)
{
    if (!value)
        return QString();
    return count ? QString::number(*value) : Money::fromFen(*value).toExactString(MoneyUnit::Wanyuan);
}

QString shown(const std::optional<qint64> &value, bool count)
{
    return value ? valueText(value, count) : QCoreApplication::translate("ComparisonReport", "(empty)");
}

QJsonValue jsonValue(const std::optional<qint64> &value, bool count)
{
    return value ? QJsonValue(valueText(value, count)) : QJsonValue();
}

QJsonArray jsonChanges(const QList<DocumentComparison::CellChange> &changes)
{
    QJsonArray array;
    for (const DocumentComparison::CellChange &change : changes) {
        array.append(QJsonObject { { QStringLiteral("cell"), change.ref.toString() },
                                   { QStringLiteral("row"), change.row },
                                   { QStringLiteral("column"), change.column },
                                   { QStringLiteral("before"), jsonValue(change.before, change.count) },
                                   { QStringLiteral("after"), jsonValue(change.after, change.count) } });
    }
    return array;
}

QString difference(const DocumentComparison::CellChange &change)
{
    if (!change.before || !change.after)
        return QString();
    const qint64 delta = *change.after - *change.before;
    const QString sign = delta > 0 ? QStringLiteral("+") : QString();
    return sign + valueText(delta, change.count);
}

QString htmlRows(const QList<DocumentComparison::CellChange> &changes)
{
    QString html;
    for (const DocumentComparison::CellChange &change : changes) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                        .arg(change.row.toHtmlEscaped(), change.column.toHtmlEscaped(), shown(change.before, change.count),
                             shown(change.after, change.count), difference(change));
    }
    return html;
}

} // namespace

namespace ComparisonReport {

QString toText(const DocumentComparison &comparison)
{
    QString text = QCoreApplication::translate("ComparisonReport", "Comparing %1 with %2").arg(comparison.before, comparison.after) + QLatin1Char('\n');
    if (comparison.isEmpty())
        return text + QCoreApplication::translate("ComparisonReport", "No differences.") + QLatin1Char('\n');
    for (const DocumentComparison::TableChanges &table : comparison.tables) {
        text += QStringLiteral("\n# %1 %2\n").arg(table.tableId, table.title);
        const auto lines = [&](const QList<DocumentComparison::CellChange> &changes, const QString &kind) {
            for (const DocumentComparison::CellChange &change : changes)
                text += QStringLiteral("%1\t%2\t%3\t%4\t%5 → %6\n")
                                .arg(kind, change.ref.toString(), change.row, change.column, shown(change.before, change.count),
                                     shown(change.after, change.count));
        };
        lines(table.inputs, QCoreApplication::translate("ComparisonReport", "input"));
        lines(table.derived, QCoreApplication::translate("ComparisonReport", "derived"));
    }
    if (comparison.narrativeChanged()) {
        // In a terminal only the paragraphs that changed; the PDF has the whole blackline.
        text += QLatin1Char('\n') + QCoreApplication::translate("ComparisonReport", "# Narrative, changed paragraphs ([-removed-] {+added+})") + QLatin1Char('\n');
        QString marked;
        for (const DiffSegment &segment : comparison.narrative) {
            if (segment.kind == DiffSegment::Kind::Equal)
                marked += segment.text;
            else if (segment.kind == DiffSegment::Kind::Removed)
                marked += QStringLiteral("[-") + segment.text + QStringLiteral("-]");
            else
                marked += QStringLiteral("{+") + segment.text + QStringLiteral("+}");
        }
        for (const QString &line : marked.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("[-")) || line.contains(QLatin1String("{+")))
                text += line + QLatin1Char('\n');
        }
    }
    return text;
}

QByteArray toJson(const DocumentComparison &comparison)
{
    QJsonArray tables;
    for (const DocumentComparison::TableChanges &table : comparison.tables) {
        tables.append(QJsonObject { { QStringLiteral("table"), table.tableId },
                                    { QStringLiteral("title"), table.title },
                                    { QStringLiteral("inputs"), jsonChanges(table.inputs) },
                                    { QStringLiteral("derived"), jsonChanges(table.derived) } });
    }
    QJsonArray narrative;
    for (const DiffSegment &segment : comparison.narrative) {
        const QString kind = segment.kind == DiffSegment::Kind::Equal
                ? QStringLiteral("equal")
                : (segment.kind == DiffSegment::Kind::Removed ? QStringLiteral("removed") : QStringLiteral("added"));
        narrative.append(QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("text"), segment.text } });
    }
    const QJsonObject root { { QStringLiteral("before"), comparison.before },
                             { QStringLiteral("after"), comparison.after },
                             { QStringLiteral("tables"), tables },
                             { QStringLiteral("narrative"), narrative } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString toHtml(const DocumentComparison &comparison)
{
    QString html = QStringLiteral("<html><body><h2>%1</h2><p>%2</p>")
                           .arg(QCoreApplication::translate("ComparisonReport", "Comparison").toHtmlEscaped(),
                                QCoreApplication::translate("ComparisonReport", "Before: %1. After: %2.").arg(comparison.before, comparison.after).toHtmlEscaped());
    if (comparison.isEmpty())
        return html + QStringLiteral("<p>%1</p></body></html>").arg(QCoreApplication::translate("ComparisonReport", "No differences.").toHtmlEscaped());
    const QString header = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                                   .arg(QCoreApplication::translate("ComparisonReport", "Row"), QCoreApplication::translate("ComparisonReport", "Column"), QCoreApplication::translate("ComparisonReport", "Before"), QCoreApplication::translate("ComparisonReport", "After"), QCoreApplication::translate("ComparisonReport", "Change"));
    for (const DocumentComparison::TableChanges &table : comparison.tables) {
        html += QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
        if (!table.inputs.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%2%3</table>")
                            .arg(QCoreApplication::translate("ComparisonReport", "Inputs changed"), header, htmlRows(table.inputs));
        if (!table.derived.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%2%3</table>")
                            .arg(QCoreApplication::translate("ComparisonReport", "Derived figures changed as a consequence"), header, htmlRows(table.derived));
    }
    if (comparison.narrativeChanged()) {
        html += QStringLiteral("<h3>%1</h3><p>").arg(QCoreApplication::translate("ComparisonReport", "Narrative (blackline)").toHtmlEscaped());
        for (const DiffSegment &segment : comparison.narrative) {
            QString text = segment.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            if (segment.kind == DiffSegment::Kind::Removed)
                text = QStringLiteral("<span style=\"color:#b00000; text-decoration:line-through\">%1</span>").arg(text);
            else if (segment.kind == DiffSegment::Kind::Added)
                text = QStringLiteral("<span style=\"color:#0040b0; text-decoration:underline; font-weight:bold\">%1</span>").arg(text);
            html += text;
        }
        html += QStringLiteral("</p>");
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace ComparisonReport
