#include "audit/textstatements.h"

#include "audit/textfacts.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace TextStatements {

namespace {

struct Mention
{
    int start = 0;
    int end = 0;
    int fact = -1;
};

struct Event
{
    int position = 0;
    enum Kind { MentionEvent, NumberEvent, ComparisonEvent } kind = MentionEvent;
    int index = 0;
    int direction = 0;
    QString word;
};

const QString classMark = QStringLiteral("(类)");
const QString sectionMark = QStringLiteral("(款)");
const QString itemMark = QStringLiteral("(项)");

bool isPathBoundary(QChar c)
{
    return c.isDigit() || QStringLiteral(".、:，。;)").contains(c);
}

// "一般公共服务支出(类)财政事务(款)行政运行(项)": the 项 of table 5 it names.
QHash<int, Mention> pathMentions(const ScannedText &scanned, const TextFactCatalogue &facts)
{
    QHash<int, Mention> paths;
    const QString &text = scanned.text;
    for (qsizetype item = text.indexOf(itemMark); item >= 0; item = text.indexOf(itemMark, item + 1)) {
        const qsizetype section = text.lastIndexOf(sectionMark, item);
        const qsizetype klass = section < 0 ? -1 : text.lastIndexOf(classMark, section);
        const int sentenceStart = scanned.sentences.at(scanned.sentenceAt(int(item))).start;
        if (klass < sentenceStart)
            continue;
        qsizetype start = klass;
        while (start > sentenceStart && !isPathBoundary(text.at(start - 1)))
            --start;
        const int fact = facts.item(text.mid(start, klass - start), text.mid(klass + 3, section - klass - 3),
                                    text.mid(section + 3, item - section - 3));
        if (fact >= 0)
            paths.insert(int(start), Mention { int(start), int(item + itemMark.size()), fact });
    }
    return paths;
}

// The last of `words` in `lead`: its position, or -1.
qsizetype lastOf(QStringView lead, const QStringList &words, QString *found)
{
    qsizetype best = -1;
    for (const QString &word : words) {
        const qsizetype at = lead.lastIndexOf(word);
        if (at > best || (at == best && at >= 0 && word.size() > found->size())) {
            best = at;
            *found = word;
        }
    }
    return best;
}

int directionIn(QStringView lead, const TextRules &rules, QString *word, bool atEnd)
{
    QString up, down, flat;
    const qsizetype u = lastOf(lead, rules.upWords, &up);
    const qsizetype d = lastOf(lead, rules.downWords, &down);
    const qsizetype f = lastOf(lead, rules.flatWords, &flat);
    const qsizetype last = std::max({ u, d, f });
    if (last < 0)
        return 2;
    *word = last == u ? up : last == d ? down : flat;
    if (atEnd) {
        QStringView tail = lead.mid(last + word->size());
        if (!tail.isEmpty() && tail != u"了" && tail != u"为" && tail != u"了为")
            return 2;
    }
    return last == u ? 1 : last == d ? -1 : 0;
}

// Whether the words before a number name an item other than the subject ("主要原因是项目支出增加
// 50 万元", "其中人员经费 612.03 万元" where 人员经费 is no fact): then the number is not tied to
// the subject. Cue and direction words are taken out first, since "支出决算为" names no item.
bool namesAnotherItem(QStringView lead, const TextRules &rules)
{
    static const QRegularExpression itemWord(QStringLiteral("支出|收入|经费|费用|费|资金|拨款|结余|采购"));
    QString rest = lead.toString();
    for (const QStringList *words : { &rules.budgetCues, &rules.actualCues, &rules.upWords, &rules.downWords,
                                      &rules.flatWords, &rules.moreWords, &rules.lessWords }) {
        for (const QString &word : *words)
            rest.remove(word);
    }
    return rest.contains(itemWord);
}

int clauseStart(const QString &text, int sentenceStart, int position)
{
    for (int i = position - 1; i >= sentenceStart; --i) {
        const QChar c = text.at(i);
        if (c == u'，' || c == QLatin1Char(':') || c == QLatin1Char(','))
            return i + 1;
    }
    return sentenceStart;
}

QList<Event> eventsOf(const ScannedText &scanned, const TextFactCatalogue &facts, const TextRules &rules,
                      QList<Mention> *mentions)
{
    const QHash<int, Mention> paths = pathMentions(scanned, facts);
    QList<Event> events;
    const QString &text = scanned.text;
    for (const TextSentence &sentence : scanned.sentences) {
        const TextSection &section = scanned.sections.at(sentence.section);
        for (int i = sentence.start; i < sentence.end;) {
            Mention mention;
            if (const auto path = paths.constFind(i); path != paths.cend()) {
                mention = *path;
            } else {
                const auto [fact, length] = facts.match(text, i, section);
                mention = Mention { i, i + length, fact };
            }
            if (mention.fact < 0) {
                ++i;
                continue;
            }
            events.append({ mention.start, Event::MentionEvent, int(mentions->size()), 0, {} });
            mentions->append(mention);
            i = mention.end;
        }
        for (const auto &[words, direction] : { std::pair { &rules.moreWords, 1 }, std::pair { &rules.lessWords, -1 } }) {
            const QStringView body = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
            for (const QString &word : *words) {
                for (qsizetype found = body.indexOf(word); found >= 0; found = body.indexOf(word, found + 1)) {
                    const qsizetype at = sentence.start + found;
                    const QStringView before = QStringView(text).mid(qMax<qsizetype>(sentence.start, at - 6),
                                                                     at - qMax<qsizetype>(sentence.start, at - 6));
                    const QStringView after = QStringView(text).mid(at + word.size(), 8);
                    if (before.contains(u"决算") && after.contains(u"预算"))
                        events.append({ int(at), Event::ComparisonEvent, 0, direction, word });
                }
            }
        }
    }
    // Mentions are in text order: a number inside one (a project called "市12345…") is no figure.
    qsizetype mention = 0;
    for (int i = 0; i < scanned.numbers.size(); ++i) {
        const TextNumber &number = scanned.numbers.at(i);
        while (mention < mentions->size() && mentions->at(mention).end <= number.start)
            ++mention;
        if (mention == mentions->size() || number.start < mentions->at(mention).start)
            events.append({ number.start, Event::NumberEvent, i, 0, {} });
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.position < b.position; });
    return events;
}

} // namespace

QList<TextStatement> read(const ScannedText &scanned, const TextFactCatalogue &facts, const TextRules &rules)
{
    QList<Mention> mentions;
    const QList<Event> events = eventsOf(scanned, facts, rules, &mentions);
    QList<TextStatement> statements;
    const QString &text = scanned.text;
    int subject = -1;
    int subjectSentence = -1;
    int section = -1;
    int lastEnd = 0;
    int whole = -1;
    int wholeClause = -1;
    for (qsizetype e = 0; e < events.size(); ++e) {
        const Event &event = events.at(e);
        const int sentenceIndex = scanned.sentenceAt(event.position);
        const TextSentence &sentence = scanned.sentences.at(sentenceIndex);
        if (sentence.section != section) {
            section = sentence.section;
            subject = -1;
        }
        const int clause = clauseStart(text, sentence.start, event.position);
        const int leadStart = qMax(clause, lastEnd);
        const QStringView lead = QStringView(text).mid(leadStart, qMax(0, event.position - leadStart));
        TextStatement statement;
        statement.sentence = sentenceIndex;
        statement.start = event.position;
        if (event.kind == Event::MentionEvent) {
            const Mention &mention = mentions.at(event.index);
            lastEnd = mention.end;
            if (lead.contains(u'占')) {
                whole = mention.fact;
                wholeClause = clause;
            } else {
                subject = mention.fact;
                subjectSentence = sentenceIndex;
            }
            continue;
        }
        if (event.kind == Event::ComparisonEvent) {
            if (subject >= 0 && facts.hasBudget(subject)) {
                statement.role = TextStatement::Role::Comparison;
                statement.fact = subject;
                statement.direction = event.direction;
                statement.word = event.word;
                statement.end = event.position + int(event.word.size());
                statements.append(statement);
            }
            continue;
        }
        const TextNumber &number = scanned.numbers.at(event.index);
        lastEnd = number.end;
        statement.number = event.index;
        statement.end = number.end;
        bool residue = false;
        for (const QString &word : rules.residue)
            residue = residue || lead.contains(word);
        if (residue || number.unit == TextNumber::Unit::Plain || number.unit == TextNumber::Unit::Date)
            continue;
        if (number.unit == TextNumber::Unit::Count) {
            const Mention *following = nullptr;
            if (e + 1 < events.size() && events.at(e + 1).kind == Event::MentionEvent
                && mentions.at(events.at(e + 1).index).start == number.end)
                following = &mentions.at(events.at(e + 1).index);
            statement.role = TextStatement::Role::Count;
            if (following && facts.unit(following->fact) == number.countUnit) {
                statement.fact = following->fact;
            } else if (subject >= 0 && facts.countOf(subject, number.countUnit)) {
                statement.fact = subject;
                statement.count = facts.countOf(subject, number.countUnit);
            } else if (subject >= 0 && subjectSentence == sentenceIndex && facts.unit(subject) == number.countUnit) {
                statement.fact = subject;
            } else {
                continue;
            }
            statements.append(statement);
            continue;
        }
        // A number is the subject's only when nothing else is named between them; when unsure,
        // say nothing: a false alarm costs more trust than a miss.
        if (subject < 0 || namesAnotherItem(lead, rules))
            continue;
        statement.fact = subject;
        if (number.unit == TextNumber::Unit::Percent) {
            // "占本年收入 99.97%": the whole named after 占 ends the lead, so look at the clause.
            const QStringView clauseText = QStringView(text).mid(clause, event.position - clause);
            if (clauseText.contains(u'占')) {
                statement.role = TextStatement::Role::Share;
                statement.whole = wholeClause == clause && whole >= 0 ? whole : facts.at(subject).whole;
                if (statement.whole < 0)
                    continue;
            } else if (clauseText.contains(u"完成")) {
                statement.role = TextStatement::Role::Completion;
                if (!facts.hasBudget(subject))
                    continue;
            } else {
                statement.direction = directionIn(lead, rules, &statement.word, false);
                if (statement.direction == 2 || !facts.hasPrior(subject))
                    continue;
                statement.role = TextStatement::Role::Rate;
            }
            statements.append(statement);
            continue;
        }
        if (facts.isCount(subject))
            continue;
        statement.direction = directionIn(lead, rules, &statement.word, true);
        if (statement.direction != 2) {
            statement.role = TextStatement::Role::Change;
            if (!facts.hasPrior(subject))
                continue;
        } else {
            statement.direction = 0;
            statement.word.clear();
            QString budgetCue, actualCue;
            const qsizetype budgetAt = lastOf(lead, rules.budgetCues, &budgetCue);
            const qsizetype actualAt = lastOf(lead, rules.actualCues, &actualCue);
            if (budgetAt > actualAt) {
                statement.role = TextStatement::Role::Budget;
                if (!facts.hasBudget(subject))
                    continue;
            } else if (actualAt < 0 && subjectSentence != sentenceIndex) {
                continue; // a bare amount names only a figure named in its own sentence
            }
        }
        statements.append(statement);
    }
    return statements;
}

} // namespace TextStatements
