#include "audit/textchecker.h"

#include "document/document.h"
#include "money/money.h"
#include "money/ratio.h"
#include "audit/textfacts.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"

#include <QSet>
#include <QtNumeric>

namespace {

using Values = std::initializer_list<std::pair<QLatin1String, QString>>;

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    while (exponent-- > 0)
        result *= 10;
    return result;
}

} // namespace

TextChecker::TextChecker(const ScannedText &text, const TextFactCatalogue &facts, const TextRules &rules,
                         const QString &textKey)
    : m_text(text), m_facts(facts), m_rules(rules), m_textKey(textKey)
{
}

const TextNumber &TextChecker::numberOf(const TextStatement &s) const
{
    return m_text.numbers.at(s.number);
}

int TextChecker::sectionOf(const TextStatement &s) const
{
    return m_text.sentences.at(s.sentence).section;
}

bool TextChecker::sameMoney(const TextNumber &number, qint64 fen) const
{
    if (number.unit == TextNumber::Unit::Yuan)
        return Money::fromFen(fen).rounded(MoneyUnit::Yuan, number.decimals).fen() == number.value;
    return Money::fromFen(fen).rounded(MoneyUnit::Wanyuan, qMax(2, number.decimals)).fen() == number.value;
}

AuditValue TextChecker::money(qint64 fen, const TextNumber &number) const
{
    const int decimals = number.unit == TextNumber::Unit::Yuan ? qMin(6, number.decimals + 4) : qMax(2, number.decimals);
    return AuditValue::money(Money::fromFen(fen).rounded(MoneyUnit::Wanyuan, decimals).fen(), decimals);
}

AuditValue TextChecker::statedValue(const TextStatement &s) const
{
    const TextNumber &number = numberOf(s);
    if (number.isMoney())
        return money(number.value, number);
    if (number.unit == TextNumber::Unit::Percent)
        return AuditValue::percent(number.value, number.decimals);
    return AuditValue::count(number.value);
}

const TextStatement *TextChecker::statedValueOf(const TextStatement &s) const
{
    return m_stated.value({ sectionOf(s), s.fact }).value;
}

QString TextChecker::partsText(int fact, qint64 *sum) const
{
    QStringList parts;
    *sum = 0;
    for (int part : m_facts.at(fact).parts) {
        const TextFact &partFact = m_facts.at(part);
        const qint64 value = m_facts.value(part);
        *sum += value;
        // Facts of the rules data have a short name for sums; codes and projects have only theirs.
        const QString name = partFact.id.contains(QLatin1Char(':')) ? partFact.label : partFact.def->shortLabel;
        parts.append(name + QLatin1Char(' ') + Money::fromFen(value).format(MoneyUnit::Wanyuan, 2, false));
    }
    return parts.join(QStringLiteral(" + "));
}

Finding &TextChecker::add(const QString &kind, const TextStatement &s, Values values)
{
    const TextKindDef def = m_rules.kind(kind);
    Finding finding;
    finding.ruleId = def.id;
    finding.severity = def.severity;
    finding.kind = kind;
    finding.section = m_text.sections.at(sectionOf(s)).label();
    finding.message = fillMessage(def.message, values);
    const int from = m_text.origin.at(s.start);
    const int to = m_text.origin.at(qMax(s.start, s.end - 1)) + 1;
    finding.locations.append(FindingLocation::inText(m_textKey, from, to - from));
    if (s.fact >= 0) {
        const TextFact &fact = m_facts.at(s.fact);
        if (fact.scope.project >= 0)
            finding.locations.append(FindingLocation::atProject(fact.scope.project));
        for (const CellRef &ref : m_facts.cells(s.fact).mid(0, 3))
            finding.locations.append(FindingLocation::atCell(ref));
        finding.explainKey = QStringLiteral("explain.%1.%2").arg(def.id, QString(fact.id).replace(QLatin1Char(':'), QLatin1Char('.')));
    }
    m_findings.append(finding);
    return m_findings.last();
}

QList<Finding> TextChecker::run(const QList<TextStatement> &statements)
{
    collectStated(statements);
    checkFigures();
    QHash<std::pair<int, int>, QList<const TextStatement *>> changes; // (sentence, fact)
    for (const TextStatement &s : statements) {
        if (s.role == TextStatement::Role::Change || s.role == TextStatement::Role::Rate)
            changes[{ s.sentence, s.fact }].append(&s);
    }
    QSet<const TextStatement *> conflicted;
    for (const QList<const TextStatement *> &group : std::as_const(changes)) {
        if (checkConflict(group)) {
            for (const TextStatement *s : group)
                conflicted.insert(s);
        }
    }
    for (const TextStatement &s : statements) {
        switch (s.role) {
        case TextStatement::Role::Count:
            checkCount(s);
            break;
        case TextStatement::Role::Change:
            checkChange(s, conflicted.contains(&s));
            break;
        case TextStatement::Role::Rate:
            checkRate(s, conflicted.contains(&s));
            break;
        case TextStatement::Role::Share:
            checkShare(s);
            break;
        case TextStatement::Role::Completion:
            checkCompletion(s);
            break;
        case TextStatement::Role::Comparison:
            checkComparison(s);
            break;
        case TextStatement::Role::Value:
        case TextStatement::Role::Budget:
            break;
        }
    }
    checkPlugs();
    checkSums();
    return m_findings;
}

void TextChecker::collectStated(const QList<TextStatement> &statements)
{
    for (const TextStatement &s : statements) {
        Stated &stated = m_stated[{ sectionOf(s), s.fact }];
        if (s.role == TextStatement::Role::Value && !stated.value) {
            stated.value = &s;
            stated.valueWrong = !sameMoney(numberOf(s), m_facts.value(s.fact));
        } else if (s.role == TextStatement::Role::Budget && !stated.budget) {
            stated.budget = &s;
            stated.budgetWrong = !sameMoney(numberOf(s), m_facts.budget(s.fact));
        }
    }
}

void TextChecker::checkFigures()
{
    for (auto it = m_stated.cbegin(); it != m_stated.cend(); ++it) {
        const Stated &stated = it.value();
        const int fact = it.key().second;
        const bool swapped = stated.valueWrong && stated.budgetWrong
                && sameMoney(numberOf(*stated.value), m_facts.budget(fact))
                && sameMoney(numberOf(*stated.budget), m_facts.value(fact));
        if (swapped) {
            const TextNumber &budget = numberOf(*stated.budget);
            const TextNumber &actual = numberOf(*stated.value);
            Finding &f = add(QStringLiteral("swapped"), *stated.budget,
                             { { QLatin1String("label"), m_facts.at(fact).label },
                               { QLatin1String("statedBudget"), statedValue(*stated.budget).text() },
                               { QLatin1String("statedActual"), statedValue(*stated.value).text() },
                               { QLatin1String("budget"), money(m_facts.budget(fact), budget).text() },
                               { QLatin1String("actual"), money(m_facts.value(fact), actual).text() } });
            f.actual = statedValue(*stated.budget);
            f.expected = money(m_facts.budget(fact), budget);
            f.difference = AuditValue::money(budget.value - m_facts.budget(fact));
            continue;
        }
        for (const auto &[statement, wrong, isBudget] : { std::tuple { stated.value, stated.valueWrong, false },
                                                          std::tuple { stated.budget, stated.budgetWrong, true } }) {
            if (!statement || !wrong)
                continue;
            const TextNumber &number = numberOf(*statement);
            const qint64 data = isBudget ? m_facts.budget(fact) : m_facts.value(fact);
            qint64 sum = 0;
            const QString parts = isBudget ? QString() : partsText(fact, &sum);
            const QString label = m_facts.at(fact).label + (isBudget ? QStringLiteral("的预算数") : QString());
            Finding &f = add(parts.isEmpty() ? QStringLiteral("number") : QStringLiteral("numberParts"), *statement,
                             { { QLatin1String("label"), label },
                               { QLatin1String("stated"), statedValue(*statement).text() },
                               { QLatin1String("parts"), parts },
                               { QLatin1String("data"), money(data, number).text() },
                               { QLatin1String("diff"), money(qAbs(number.value - data), number).text() } });
            f.kind = QStringLiteral("number");
            f.actual = statedValue(*statement);
            f.expected = money(data, number);
            f.difference = money(number.value - data, number);
        }
    }
}

void TextChecker::checkCount(const TextStatement &s)
{
    const TextFact &fact = m_facts.at(s.fact);
    const TextNumber &number = numberOf(s);
    qint64 data = m_facts.value(s.fact);
    if ((s.count && !s.count->evaluate(m_facts.document(), fact.scope, &data)) || data == number.value)
        return;
    QString label = fact.label;
    if (s.count && !s.count->cells({}).isEmpty()) {
        const CellRef ref = s.count->cells({}).constFirst();
        if (const LayoutTable *table = m_facts.document().layout().table(ref.sheet))
            label = table->row(ref.row) ? table->row(ref.row)->label : label;
    }
    Finding &f = add(QStringLiteral("number"), s,
                     { { QLatin1String("label"), label },
                       { QLatin1String("stated"), AuditValue::count(number.value).text(number.countUnit) },
                       { QLatin1String("data"), AuditValue::count(data).text(number.countUnit) },
                       { QLatin1String("diff"), AuditValue::count(qAbs(number.value - data)).text(number.countUnit) } });
    f.actual = AuditValue::count(number.value);
    f.expected = AuditValue::count(data);
    f.difference = AuditValue::count(number.value - data);
    if (s.count) {
        f.locations.removeIf([](const FindingLocation &l) { return l.kind == FindingLocation::Kind::Cell; });
        for (const CellRef &ref : s.count->cells({}))
            f.locations.append(FindingLocation::atCell(ref));
    }
}

void TextChecker::checkPlugs()
{
    for (auto it = m_shares.cbegin(); it != m_shares.cend(); ++it) {
        const QList<Share> &shares = it.value();
        if (shares.size() < 2)
            continue;
        int decimals = 0;
        for (const Share &share : shares)
            decimals = qMax(decimals, numberOf(*share.statement).decimals);
        qint64 sum = 0;
        bool overflow = false;
        QStringList wrong;
        const Share *first = nullptr;
        for (const Share &share : shares) {
            const TextNumber &number = numberOf(*share.statement);
            qint64 scaled = 0;
            overflow = overflow || qMulOverflow(number.value, powerOfTen(decimals - number.decimals), &scaled)
                    || qAddOverflow(sum, scaled, &sum);
            if (!share.wrong)
                continue;
            first = first ? first : &share;
            const TextStatement &s = *share.statement;
            const Ratio ratio(m_facts.value(s.fact), m_facts.value(s.whole));
            wrong.append(QStringLiteral("%1 %2（应为 %3）")
                                 .arg(m_facts.at(s.fact).label, statedValue(s).text(),
                                      ratio.toString(qMax(2, number.decimals), QStringLiteral("--"))));
        }
        if (!first || overflow || sum != 100 * powerOfTen(decimals))
            continue;
        Finding &f = add(QStringLiteral("plug"), *first->statement,
                         { { QLatin1String("whole"), m_facts.at(it.key().second).label },
                           { QLatin1String("parts"), wrong.join(QStringLiteral("、")) } });
        f.actual = AuditValue::percent(sum, decimals);
        f.expected = AuditValue::percent(100 * powerOfTen(decimals), decimals);
    }
}

void TextChecker::checkSums()
{
    for (auto it = m_stated.cbegin(); it != m_stated.cend(); ++it) {
        const auto [section, fact] = it.key();
        const TextStatement *total = it.value().value;
        if (!total || it.value().valueWrong || m_facts.at(fact).parts.isEmpty())
            continue;
        qint64 sum = 0;
        int terms = 0;
        bool complete = true;
        bool anyStated = false;
        QStringList parts;
        for (int part : m_facts.at(fact).parts) {
            const Stated stated = m_stated.value({ section, part });
            const QString name = m_facts.at(part).id.contains(QLatin1Char(':')) ? m_facts.at(part).label
                                                                                : m_facts.at(part).def->shortLabel;
            if (stated.value && !stated.valueWrong) {
                const TextNumber &number = numberOf(*stated.value);
                sum += number.value;
                parts.append(name + QLatin1Char(' ') + money(number.value, number).text().chopped(3));
                anyStated = true;
                ++terms;
            } else if (stated.value || m_facts.value(part) != 0) {
                complete = false; // a wrong part is reported already; an unstated one cannot be added
            }
        }
        const TextNumber &number = numberOf(*total);
        if (!complete || !anyStated || sum == number.value)
            continue;
        const bool tail = qAbs(number.value - sum) <= tailToleranceFen(terms);
        Finding &f = add(tail ? QStringLiteral("sumTail") : QStringLiteral("sum"), *total,
                         { { QLatin1String("label"), m_facts.at(fact).label },
                           { QLatin1String("stated"), statedValue(*total).text() },
                           { QLatin1String("parts"), parts.join(QStringLiteral(" + ")) },
                           { QLatin1String("data"), money(sum, number).text() },
                           { QLatin1String("diff"), money(qAbs(number.value - sum), number).text() } });
        f.kind = tail ? QStringLiteral("tail") : QStringLiteral("sum");
        f.actual = statedValue(*total);
        f.expected = money(sum, number);
        f.difference = money(number.value - sum, number);
    }
}
