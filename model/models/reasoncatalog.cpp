#include "models/reasoncatalog.h"

#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The code a key is about ("reason.item.2010601", "use.fund.229"), named as the code book has it.
QString codeSubject(const Document &document, const QString &key)
{
    const QString code = key.section(QLatin1Char('.'), -1);
    const CodeBook &book = document.reportTemplate().functionalBook();
    if (!book.contains(code))
        return QString();
    return code + QLatin1Char(' ') + book.name(code);
}

// The sentence up to the reason: after the last full stop or semicolon, without its "（1）".
QString sentenceBefore(const QList<NarrativeRun> &runs, qsizetype reason)
{
    QString text;
    for (qsizetype i = 0; i < reason; ++i)
        text += runs.at(i).text;
    const qsizetype stop = qMax(text.lastIndexOf(QStringLiteral("。")), text.lastIndexOf(QStringLiteral("；")));
    text = text.mid(stop + 1).trimmed();
    static const QRegularExpression numbering(QStringLiteral("^(（[0-9一二三四五六七八九十]+）|[0-9]+[.、．])"));
    return text.remove(numbering).trimmed();
}

} // namespace

ReasonCatalog ReasonCatalog::build(const Document &document)
{
    ReasonCatalog catalog;
    catalog.m_document = &document;
    QString unavailable;
    const auto wording = NarrativeTemplate::forTemplate(document.reportTemplate(), &unavailable);
    if (!wording)
        return catalog;
    const NarrativeText text = NarrativeGenerator::generate(*wording, document);
    for (const NarrativeBlock &block : text.blocks) {
        QList<CellRef> cells;
        for (const NarrativeRun &run : block.runs) {
            if (run.kind == NarrativeRun::Kind::Figure)
                cells += text.figures.at(run.figure).cells;
        }
        for (qsizetype i = 0; i < block.runs.size(); ++i) {
            const NarrativeRun &run = block.runs.at(i);
            if (run.kind != NarrativeRun::Kind::Reason)
                continue;
            const auto known = std::find_if(catalog.m_entries.begin(), catalog.m_entries.end(),
                                            [&](const Entry &entry) { return entry.key == run.key; });
            if (known != catalog.m_entries.end()) {
                known->cells += cells; // one reason quoted twice: its figures from both places
                continue;
            }
            QString label = sentenceBefore(block.runs, i);
            const QString subject = codeSubject(document, run.key);
            if (!subject.isEmpty() && !label.contains(subject.section(QLatin1Char(' '), 1)))
                label = subject + QStringLiteral("：") + label;
            catalog.m_entries.append({ run.key, label + QStringLiteral("……"), cells });
        }
    }
    return catalog;
}

bool ReasonCatalog::asks(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) { return entry.key == key; });
}

QString ReasonCatalog::label(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return entry.label;
    }
    if (!m_document)
        return QString();
    const QString subject = codeSubject(*m_document, key);
    return QCoreApplication::translate("ReasonCatalog", "%1 (not quoted by the explanations as they stand)")
            .arg(subject.isEmpty() ? QCoreApplication::translate("ReasonCatalog", "A reason") : subject);
}

QStringList ReasonCatalog::keysForCell(const CellRef &cell) const
{
    QStringList keys;
    for (const Entry &entry : m_entries) {
        if (entry.cells.contains(cell))
            keys.append(entry.key);
    }
    return keys;
}
