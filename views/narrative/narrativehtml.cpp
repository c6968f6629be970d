#include "narrative/narrativehtml.h"

#include "narrative/narrativetext.h"

#include <QCoreApplication>

namespace {

// Gives the free functions below a translation context that lupdate sees.
struct HtmlText
{
    Q_DECLARE_TR_FUNCTIONS(NarrativeHtml)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &href, const QString &title, const QString &style, const QString &text)
{
    return QStringLiteral("<a href=\"%1\" title=\"%2\" style=\"%3\">%4</a>")
        .arg(escaped(href), escaped(title), style, escaped(text));
}

QString run(const NarrativeText &text, const NarrativeRun &run)
{
    switch (run.kind) {
    case NarrativeRun::Kind::Text:
        return escaped(run.text);
    case NarrativeRun::Kind::Figure:
        return link(QStringLiteral("figure:%1").arg(run.figure), text.figures.at(run.figure).explanation,
            QStringLiteral("color:#0b4f9c; background-color:#e6effa; text-decoration:none;"), run.text);
    case NarrativeRun::Kind::Reason:
        if (run.missing)
            return link(QStringLiteral("text:") + run.key,
                HtmlText::tr("Required text \"%1\" is empty: click to write it.").arg(run.key),
                QStringLiteral("color:#a3001b; background-color:#fde4e7; text-decoration:none;"), run.text);
        return link(QStringLiteral("text:") + run.key, HtmlText::tr("Typed text \"%1\": click to edit.").arg(run.key),
            QStringLiteral("color:#1d5e20; text-decoration:underline;"), run.text);
    case NarrativeRun::Kind::UserText:
        return link(QStringLiteral("text:") + run.key, HtmlText::tr("Typed text \"%1\": click to edit.").arg(run.key),
            QStringLiteral("color:palette(text); text-decoration:none;"), run.text);
    }
    return QString();
}

} // namespace

QString NarrativeHtml::render(const NarrativeText &text, const QList<int> &parts)
{
    QString html = QStringLiteral("<html><body style=\"line-height:150%;\">");
    for (const NarrativeBlock &block : text.blocks) {
        if (!parts.isEmpty() && !parts.contains(block.part))
            continue;
        QString content;
        for (const NarrativeRun &r : block.runs)
            content += run(text, r);
        switch (block.kind) {
        case NarrativeBlock::Kind::PartTitle:
            html += QStringLiteral("<h2 align=\"center\">") + content + QStringLiteral("</h2>");
            break;
        case NarrativeBlock::Kind::Heading:
            html += (block.level <= 1 ? QStringLiteral("<h3>") : QStringLiteral("<h4>")) + content
                + (block.level <= 1 ? QStringLiteral("</h3>") : QStringLiteral("</h4>"));
            break;
        case NarrativeBlock::Kind::Paragraph:
            html += QStringLiteral("<p style=\"text-indent:2em;\">") + content + QStringLiteral("</p>");
            break;
        }
    }
    return html + QStringLiteral("</body></html>");
}
