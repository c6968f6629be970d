// TextChecker, continued: changes, rates, shares, completion rates and the checks across
// statements.
#include "audit/textchecker.h"

#include "money/money.h"
#include "money/ratio.h"
#include "audit/textfacts.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"

namespace {

int signOf(qint64 value)
{
    return (value > 0) - (value < 0);
}

std::optional<qint64> magnitude(std::pair<qint64, qint64> ratio, int decimals, bool truncated = false)
{
    if (ratio.second == 0)
        return std::nullopt;
    const Ratio r(ratio.first, ratio.second);
    const std::optional<qint64> scaled = truncated ? r.percentTruncated(decimals) : r.percentScaled(decimals);
    return scaled ? std::optional<qint64>(qAbs(*scaled)) : std::nullopt;
}

QString percentText(std::pair<qint64, qint64> ratio, int decimals)
{
    const std::optional<qint64> scaled = magnitude(ratio, decimals);
    return scaled ? Ratio::formatScaled(*scaled, decimals) + QLatin1Char('%') : QStringLiteral("--");
}

QString moneyText(qint64 fen)
{
    return AuditValue::money(fen).text();
}

} // namespace

int TextChecker::checkPercent(const TextStatement &s, const QList<std::pair<qint64, qint64>> &accepted,
                              std::pair<qint64, qint64> inverse, const QString &kind, const QString &what,
                              std::initializer_list<std::pair<QLatin1String, QString>> values)
{
    const TextNumber &number = numberOf(s);
    for (const auto &ratio : accepted) {
        if (magnitude(ratio, number.decimals) == number.value)
            return Right;
    }
    const auto data = accepted.constFirst();
    const int shown = qMax(2, number.decimals);
    QString label = m_facts.at(s.fact).label;
    Finding *finding = nullptr;
    int outcome = Wrong;
    if (magnitude(data, number.decimals, true) == number.value) {
        finding = &add(QStringLiteral("truncated"), s,
                       { { QLatin1String("label"), label }, { QLatin1String("what"), what },
                         { QLatin1String("stated"), statedValue(s).text() },
                         { QLatin1String("data"), percentText(data, number.decimals) } });
        finding->expected = AuditValue::percent(magnitude(data, number.decimals).value_or(0), number.decimals);
        outcome = Truncated;
    } else if (magnitude(inverse, number.decimals) == number.value) {
        finding = &add(QStringLiteral("upsideDown"), s,
                       { { QLatin1String("label"), label }, { QLatin1String("what"), what },
                         { QLatin1String("stated"), statedValue(s).text() },
                         { QLatin1String("data"), percentText(data, shown) } });
        finding->expected = AuditValue::percent(magnitude(data, shown).value_or(0), shown);
    } else {
        finding = &add(kind, s, values);
        finding->expected = AuditValue::percent(magnitude(data, shown).value_or(0), shown);
    }
    finding->actual = statedValue(s);
    // The stated figure brought to the decimals of the expected one.
    qint64 stated = number.value;
    for (int d = number.decimals; d < finding->expected.decimals; ++d)
        stated *= 10;
    finding->difference = AuditValue::percent(stated - finding->expected.value, finding->expected.decimals);
    return outcome;
}

void TextChecker::checkDirection(const TextStatement &s, qint64 change)
{
    if (s.direction == signOf(change))
        return;
    const TextFact &fact = m_facts.at(s.fact);
    const bool rate = s.role == TextStatement::Role::Rate;
    QString dataWord = change == 0 ? QStringLiteral("持平")
                                   : (change > 0 ? (rate ? QStringLiteral("增长 ") : QStringLiteral("增加 "))
                                                 : (rate ? QStringLiteral("下降 ") : QStringLiteral("减少 ")));
    if (change != 0)
        dataWord += rate ? percentText({ change, m_facts.prior(s.fact) }, 2) : moneyText(qAbs(change));
    Finding &f = add(QStringLiteral("direction"), s,
                     { { QLatin1String("label"), fact.label }, { QLatin1String("word"), s.word },
                       { QLatin1String("stated"), QLatin1Char(' ') + statedValue(s).text() },
                       { QLatin1String("dataWord"), dataWord },
                       { QLatin1String("current"), moneyText(m_facts.value(s.fact)) },
                       { QLatin1String("prior"), moneyText(m_facts.prior(s.fact)) } });
    f.actual = statedValue(s);
    f.expected = rate ? AuditValue::percent(magnitude({ change, m_facts.prior(s.fact) }, 2).value_or(0), 2)
                      : AuditValue::money(change);
}

bool TextChecker::checkConflict(const QList<const TextStatement *> &group)
{
    const TextStatement *up = nullptr;
    const TextStatement *down = nullptr;
    for (const TextStatement *s : group) {
        if (s->direction > 0 && !up)
            up = s;
        if (s->direction < 0 && !down)
            down = s;
    }
    if (!up || !down)
        return false;
    const TextStatement &first = up->start < down->start ? *up : *down;
    const TextStatement &second = up->start < down->start ? *down : *up;
    const qint64 change = m_facts.value(first.fact) - m_facts.prior(first.fact);
    const QString dataWord = change == 0 ? QStringLiteral("持平")
                                         : (change > 0 ? QStringLiteral("增加 ") : QStringLiteral("减少 "))
                    + moneyText(qAbs(change)) + QStringLiteral("、")
                    + (change > 0 ? QStringLiteral("增长 ") : QStringLiteral("下降 "))
                    + percentText({ change, m_facts.prior(first.fact) }, 2);
    TextStatement span = first;
    span.end = second.end;
    Finding &f = add(QStringLiteral("directionConflict"), span,
                     { { QLatin1String("label"), m_facts.at(first.fact).label },
                       { QLatin1String("word"), first.word + QLatin1Char(' ') + statedValue(first).text() },
                       { QLatin1String("otherWord"), second.word + QLatin1Char(' ') + statedValue(second).text() },
                       { QLatin1String("dataWord"), dataWord },
                       { QLatin1String("current"), moneyText(m_facts.value(first.fact)) },
                       { QLatin1String("prior"), moneyText(m_facts.prior(first.fact)) } });
    f.kind = QStringLiteral("direction");
    f.actual = statedValue(first);
    f.expected = AuditValue::money(change);
    return true;
}

void TextChecker::checkChange(const TextStatement &s, bool directionChecked)
{
    const TextNumber &number = numberOf(s);
    const qint64 prior = m_facts.prior(s.fact);
    qint64 change = m_facts.value(s.fact) - prior;
    bool matches = sameMoney(number, qAbs(change));
    if (!matches) {
        if (const TextStatement *stated = statedValueOf(s); stated && sameMoney(number, qAbs(numberOf(*stated).value - prior))) {
            change = numberOf(*stated).value - prior;
            matches = true;
        }
    }
    if (!matches) {
        const QString dataWord = change >= 0 ? QStringLiteral("增加 ") : QStringLiteral("减少 ");
        Finding &f = add(QStringLiteral("change"), s,
                         { { QLatin1String("label"), m_facts.at(s.fact).label },
                           { QLatin1String("stated"), s.word + QLatin1Char(' ') + statedValue(s).text() },
                           { QLatin1String("current"), money(m_facts.value(s.fact), number).text() },
                           { QLatin1String("prior"), money(prior, number).text() },
                           { QLatin1String("data"), dataWord + money(qAbs(change), number).text() } });
        f.actual = statedValue(s);
        f.expected = money(qAbs(change), number);
        f.difference = money(number.value - qAbs(change), number);
    }
    if (!directionChecked)
        checkDirection(s, change);
    m_changes.insert({ sectionOf(s), s.fact }, &s);
}

void TextChecker::checkRate(const TextStatement &s, bool directionChecked)
{
    const qint64 prior = m_facts.prior(s.fact);
    const qint64 current = m_facts.value(s.fact);
    if (prior == 0) {
        Finding &f = add(QStringLiteral("rateUndefined"), s,
                         { { QLatin1String("label"), m_facts.at(s.fact).label },
                           { QLatin1String("stated"), s.word + QLatin1Char(' ') + statedValue(s).text() } });
        f.actual = statedValue(s);
        return;
    }
    QList<std::pair<qint64, qint64>> accepted { { current - prior, prior } };
    if (const TextStatement *stated = statedValueOf(s))
        accepted.append({ numberOf(*stated).value - prior, prior });
    if (const TextStatement *change = m_changes.value({ sectionOf(s), s.fact }))
        accepted.append({ numberOf(*change).value, prior });
    checkPercent(s, accepted, { current - prior, current }, QStringLiteral("rate"), QStringLiteral("增减率"),
                 { { QLatin1String("label"), m_facts.at(s.fact).label },
                   { QLatin1String("stated"), statedValue(s).text() },
                   { QLatin1String("change"), moneyText(current - prior) },
                   { QLatin1String("prior"), moneyText(prior) },
                   { QLatin1String("data"), percentText({ current - prior, prior }, qMax(2, numberOf(s).decimals)) } });
    if (!directionChecked)
        checkDirection(s, current - prior);
}

// "100%" and "0%" claim all or nothing: they must hold exactly, not only after rounding.
bool TextChecker::checkExactClaim(const TextStatement &s, std::pair<qint64, qint64> data, const QString &kind,
                                  const QString &what, int *outcome)
{
    const TextNumber &number = numberOf(s);
    const qint64 hundred = Ratio(1, 1).percentScaled(number.decimals).value_or(100);
    if (number.value != hundred && number.value != 0)
        return false;
    const bool holds = number.value == 0 ? data.first == 0 : data.first == data.second;
    *outcome = Right;
    if (holds || data.second == 0)
        return true;
    const int shown = qMax(2, number.decimals);
    const bool rounds = magnitude(data, number.decimals) == number.value;
    const QString label = m_facts.at(s.fact).label;
    Finding &f = add(rounds ? QStringLiteral("roundedExact") : kind, s,
                     { { QLatin1String("label"), label }, { QLatin1String("what"), what },
                       { QLatin1String("stated"), statedValue(s).text() },
                       { QLatin1String("whole"), s.whole >= 0 ? m_facts.at(s.whole).label : QString() },
                       { QLatin1String("part"), moneyText(data.first) },
                       { QLatin1String("wholeValue"), moneyText(data.second) },
                       { QLatin1String("actual"), moneyText(data.first) },
                       { QLatin1String("budget"), moneyText(data.second) },
                       { QLatin1String("data"), percentText(data, shown) } });
    f.actual = statedValue(s);
    f.expected = AuditValue::percent(magnitude(data, shown).value_or(0), shown);
    *outcome = rounds ? Truncated : Wrong;
    return true;
}

void TextChecker::checkShare(const TextStatement &s)
{
    const qint64 part = m_facts.value(s.fact);
    const qint64 whole = m_facts.value(s.whole);
    const QString what = QStringLiteral("占") + m_facts.at(s.whole).label + QStringLiteral("的比例");
    int outcome = Right;
    if (!checkExactClaim(s, { part, whole }, QStringLiteral("share"), what, &outcome)) {
        QList<std::pair<qint64, qint64>> accepted { { part, whole } };
        const TextStatement *statedPart = statedValueOf(s);
        const TextStatement *statedWhole = m_stated.value({ sectionOf(s), s.whole }).value;
        const qint64 p = statedPart ? numberOf(*statedPart).value : part;
        accepted.append({ p, whole });
        if (statedWhole)
            accepted.append({ p, numberOf(*statedWhole).value });
        outcome = checkPercent(s, accepted, { whole, part }, QStringLiteral("share"), what,
                               { { QLatin1String("label"), m_facts.at(s.fact).label },
                                 { QLatin1String("whole"), m_facts.at(s.whole).label },
                                 { QLatin1String("stated"), statedValue(s).text() },
                                 { QLatin1String("part"), moneyText(part) },
                                 { QLatin1String("wholeValue"), moneyText(whole) },
                                 { QLatin1String("data"), percentText({ part, whole }, qMax(2, numberOf(s).decimals)) } });
    }
    m_shares[{ sectionOf(s), s.whole }].append({ &s, outcome == Wrong });
}

void TextChecker::checkCompletion(const TextStatement &s)
{
    const qint64 actual = m_facts.value(s.fact);
    const qint64 budget = m_facts.budget(s.fact);
    if (budget == 0)
        return;
    const QString what = QStringLiteral("完成预算的比例");
    int outcome = Right;
    if (checkExactClaim(s, { actual, budget }, QStringLiteral("completion"), what, &outcome))
        return;
    const Stated stated = m_stated.value({ sectionOf(s), s.fact });
    const qint64 a = stated.value ? numberOf(*stated.value).value : actual;
    const qint64 b = stated.budget ? numberOf(*stated.budget).value : budget;
    checkPercent(s, { { actual, budget }, { a, b }, { a, budget }, { actual, b } }, { budget, actual },
                 QStringLiteral("completion"), what,
                 { { QLatin1String("label"), m_facts.at(s.fact).label },
                   { QLatin1String("stated"), statedValue(s).text() },
                   { QLatin1String("actual"), moneyText(actual) },
                   { QLatin1String("budget"), moneyText(budget) },
                   { QLatin1String("data"), percentText({ actual, budget }, qMax(2, numberOf(s).decimals)) } });
}

void TextChecker::checkComparison(const TextStatement &s)
{
    const qint64 actual = m_facts.value(s.fact);
    const qint64 budget = m_facts.budget(s.fact);
    if (signOf(actual - budget) == s.direction)
        return;
    Finding &f = add(QStringLiteral("comparison"), s,
                     { { QLatin1String("label"), m_facts.at(s.fact).label }, { QLatin1String("word"), s.word },
                       { QLatin1String("actual"), moneyText(actual) }, { QLatin1String("budget"), moneyText(budget) } });
    f.kind = QStringLiteral("direction");
    f.actual = AuditValue::money(actual);
    f.expected = AuditValue::money(budget);
    f.difference = AuditValue::money(actual - budget);
}
