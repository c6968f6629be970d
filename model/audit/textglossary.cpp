#include "audit/textglossary.h"

#include "document/document.h"
#include "audit/textfacts.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"

#include <QSet>

namespace TextGlossary {

namespace {

const QString marks[] = { QStringLiteral("(类)"), QStringLiteral("(款)"), QStringLiteral("(项)") };

struct Entry
{
    QStringList names; // 类, 款, 项 as written
    QStringList labels; // the level each was marked with
    int start = 0;
    int end = 0;
};

// "6.社会保障和就业(类)行政事业单位养老(款)机关事业单位基本养老保险缴费(款)。"
Entry readEntry(const QString &text, int start, int end)
{
    Entry entry { {}, {}, start, end };
    int from = start;
    while (from < end && (text.at(from).isDigit() || text.at(from) == QLatin1Char('.') || text.at(from) == u'、'))
        ++from;
    for (int i = from; i < end;) {
        int next = -1;
        QString mark;
        for (const QString &candidate : marks) {
            const qsizetype at = text.indexOf(candidate, i);
            if (at >= 0 && at < end && (next < 0 || at < next)) {
                next = int(at);
                mark = candidate;
            }
        }
        if (next < 0)
            break;
        entry.names.append(text.mid(from, next - from));
        entry.labels.append(mark);
        i = from = next + int(mark.size());
    }
    return entry;
}

Finding finding(const TextRules &rules, const QString &kind, const ScannedText &text, int start, int end,
                const QString &textKey, std::initializer_list<std::pair<QLatin1String, QString>> values)
{
    const TextKindDef def = rules.kind(kind);
    Finding f;
    f.ruleId = def.id;
    f.severity = def.severity;
    f.kind = QStringLiteral("glossary");
    f.section = text.sections.at(text.sentences.at(text.sentenceAt(start)).section).label();
    f.message = fillMessage(def.message, values);
    const int from = text.origin.at(start);
    f.locations.append(FindingLocation::inText(textKey, from, text.origin.at(qMax(start, end - 1)) + 1 - from));
    f.explainKey = QStringLiteral("explain.%1.%2").arg(def.id).arg(from);
    return f;
}

} // namespace

QList<Finding> run(const ScannedText &text, const TextFactCatalogue &facts, const TextRules &rules, const QString &textKey)
{
    QList<Finding> findings;
    const qsizetype heading = text.text.indexOf(rules.glossaryHeading);
    if (rules.glossaryHeading.isEmpty() || heading < 0)
        return findings;
    const int first = text.sentenceAt(int(heading)) + 1;
    const int section = text.sentences.at(first - 1).section;
    QList<Entry> entries;
    for (int s = first; s < text.sentences.size() && text.sentences.at(s).section == section; ++s) {
        const Entry entry = readEntry(text.text, text.sentences.at(s).start, text.sentences.at(s).end);
        if (entry.names.size() == 3)
            entries.append(entry);
    }
    if (entries.isEmpty())
        return findings; // the list is not in this text (the generator writes it from table 5)
    QSet<int> listed;
    const CodeBook &book = facts.document().reportTemplate().functionalBook();
    for (const Entry &entry : std::as_const(entries)) {
        const int item = facts.item(entry.names.at(0), entry.names.at(1), entry.names.at(2));
        const QString written = entry.names.join(QString());
        if (item < 0) {
            findings.append(finding(rules, QStringLiteral("glossaryExtra"), text, entry.start, entry.end, textKey,
                                    { { QLatin1String("entry"), written } }));
            continue;
        }
        listed.insert(item);
        if (entry.labels.at(2) != marks[2] || entry.labels.at(1) != marks[1] || entry.labels.at(0) != marks[0]) {
            findings.append(finding(rules, QStringLiteral("glossaryLevel"), text, entry.start, entry.end, textKey,
                                    { { QLatin1String("entry"), written },
                                      { QLatin1String("name"), book.qualifiedName(facts.at(item).scope.code) } }));
        }
    }
    for (int i = 0; i < facts.facts().size(); ++i) {
        const TextFact &fact = facts.at(i);
        if (!fact.id.startsWith(QLatin1String("item:")) || listed.contains(i) || facts.value(i) == 0)
            continue;
        Finding f = finding(rules, QStringLiteral("glossaryMissing"), text, entries.constFirst().start,
                            entries.constLast().end, textKey,
                            { { QLatin1String("code"), fact.scope.code }, { QLatin1String("name"), fact.label },
                              { QLatin1String("amount"), AuditValue::money(facts.value(i)).text() } });
        f.locations.append(FindingLocation::atCell({ QStringLiteral("T5"), fact.scope.code, QStringLiteral("total") }));
        f.expected = AuditValue::money(facts.value(i));
        f.explainKey += QLatin1Char('.') + fact.scope.code;
        findings.append(f);
    }
    return findings;
}

} // namespace TextGlossary
