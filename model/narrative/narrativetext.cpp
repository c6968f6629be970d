#include "narrative/narrativetext.h"

QString NarrativeBlock::plainText() const
{
    QString text;
    for (const NarrativeRun &run : runs)
        text += run.text;
    return text;
}

QString NarrativeText::toPlainText(const QList<int> &parts) const
{
    QString text;
    for (const NarrativeBlock &block : blocks) {
        if (!parts.isEmpty() && !parts.contains(block.part))
            continue;
        if (block.kind == NarrativeBlock::Kind::PartTitle && !text.isEmpty())
            text += QLatin1Char('\n');
        text += block.plainText() + QLatin1Char('\n');
    }
    return text;
}

QString NarrativeText::sectionText(int part, const QString &heading) const
{
    QString text;
    int level = 0;
    for (const NarrativeBlock &block : blocks) {
        if (block.part != part)
            continue;
        const bool isHeading = block.kind != NarrativeBlock::Kind::Paragraph;
        if (level == 0) {
            if (block.kind == NarrativeBlock::Kind::Heading && block.plainText().startsWith(heading))
                level = block.level;
            else
                continue;
        } else if (isHeading && (block.kind == NarrativeBlock::Kind::PartTitle || block.level <= level)) {
            break;
        }
        text += block.plainText() + QLatin1Char('\n');
    }
    return text;
}
