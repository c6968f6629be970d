#include "money/money.h"

#include <QCoreApplication>

namespace {

constexpr int MaxIntegerDigits = 16;

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Gives the free functions below a translation context that lupdate sees.
struct MoneyText
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

QString groupThousands(const QString &digits)
{
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    const qsizetype lead = digits.size() % 3;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i - lead) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += digits.at(i);
    }
    return grouped;
}

bool isDash(QStringView text)
{
    return text == u"-" || text == u"—" || text == u"--" || text == u"——";
}

// Removes thousands separators, insisting on groups of three so that a decimal comma typed by
// mistake ("4116,42") is reported instead of silently read as 411642.
bool stripSeparators(QString &integerPart)
{
    if (!integerPart.contains(QLatin1Char(',')))
        return true;
    const QStringList groups = integerPart.split(QLatin1Char(','));
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    integerPart = groups.join(QString());
    return true;
}

} // namespace

qint64 Money::fenPerUnit(MoneyUnit unit)
{
    return unit == MoneyUnit::Wanyuan ? FenPerWanyuan : FenPerYuan;
}

int Money::maxDecimals(MoneyUnit unit)
{
    return unit == MoneyUnit::Wanyuan ? 6 : 2;
}

QString Money::unitName(MoneyUnit unit)
{
    return unit == MoneyUnit::Wanyuan ? QStringLiteral("万元") : QStringLiteral("元");
}

// The magnitude in units of the last shown decimal, rounded half away from zero. Unsigned, so
// that every qint64 has a magnitude (even the most negative one) and rounding cannot overflow.
quint64 Money::roundedSteps(MoneyUnit unit, int decimals) const
{
    const quint64 step = quint64(powerOfTen(maxDecimals(unit) - decimals));
    const quint64 magnitude = m_fen < 0 ? 0 - quint64(m_fen) : quint64(m_fen);
    return magnitude / step + (magnitude % step >= step - step / 2 ? 1 : 0);
}

Money Money::rounded(MoneyUnit unit, int decimals) const
{
    const int maxPlaces = maxDecimals(unit);
    decimals = qBound(0, decimals, maxPlaces);
    const quint64 step = quint64(powerOfTen(maxPlaces - decimals));
    // Beyond the amount range nothing is an amount any more: such a value is left as it is.
    if (m_fen > LimitFen || m_fen < -LimitFen)
        return *this;
    const qint64 magnitude = qint64(roundedSteps(unit, decimals) * step);
    return Money(m_fen < 0 ? -magnitude : magnitude);
}

QString Money::format(MoneyUnit unit, int decimals, bool separators) const
{
    decimals = qBound(0, decimals, maxDecimals(unit));
    const quint64 magnitude = roundedSteps(unit, decimals);
    const quint64 scale = quint64(powerOfTen(decimals));

    QString integerDigits = QString::number(magnitude / scale);
    if (separators)
        integerDigits = groupThousands(integerDigits);
    QString text = m_fen < 0 && magnitude != 0 ? QStringLiteral("-") + integerDigits : integerDigits;
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
    return text;
}

QString Money::toExactString(MoneyUnit unit) const
{
    QString text = format(unit, maxDecimals(unit), false);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    while (text.size() > dot + 3 && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QString normalizeNumberText(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            folded += QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF0E || u == 0x3002)
            folded += QLatin1Char('.');
        else if (u == 0xFF0C)
            folded += QLatin1Char(',');
        else if (u == 0xFF0D || u == 0x2212)
            folded += QLatin1Char('-');
        else if (u == 0xFF0B)
            folded += QLatin1Char('+');
        else if (c.isSpace() || u == 0x3000)
            folded += QLatin1Char(' ');
        else
            folded += c;
    }
    return folded.trimmed();
}

MoneyParseResult parseMoney(QStringView text, const MoneyParseOptions &options)
{
    MoneyParseResult result;
    const QString cleaned = normalizeNumberText(text);
    if (cleaned.isEmpty() || isDash(cleaned)) {
        if (!options.allowEmpty) {
            result.error = MoneyText::tr("A value is required here.");
            return result;
        }
        result.ok = true;
        result.empty = true;
        return result;
    }

    QStringView rest(cleaned);
    bool negative = false;
    if (rest.startsWith(u'-') || rest.startsWith(u'+')) {
        negative = rest.startsWith(u'-');
        rest = rest.mid(1).trimmed();
    }

    const qsizetype dot = rest.indexOf(u'.');
    QString integerPart = (dot < 0 ? rest : rest.left(dot)).toString();
    const QString fraction = dot < 0 ? QString() : rest.mid(dot + 1).toString();

    const auto allDigits = [](const QString &s) {
        for (const QChar c : s) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        return true;
    };

    if (fraction.contains(QLatin1Char(',')) || !stripSeparators(integerPart)) {
        result.error = MoneyText::tr("\"%1\" has a misplaced thousands separator.").arg(text.toString().trimmed());
        return result;
    }
    if ((integerPart.isEmpty() && fraction.isEmpty()) || !allDigits(integerPart) || !allDigits(fraction)) {
        result.error = MoneyText::tr("\"%1\" is not a number.").arg(text.toString().trimmed());
        return result;
    }

    const int maxPlaces = Money::maxDecimals(options.unit);
    if (fraction.size() > maxPlaces) {
        result.error = QCoreApplication::translate("Money", "Too many decimal places: at most %n in %1.", nullptr, maxPlaces)
                               .arg(Money::unitName(options.unit));
        return result;
    }

    QString digits = integerPart;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    const QString overflowMessage = MoneyText::tr("The amount is beyond ±1,000,000,000,000 元.");
    if (digits.size() > MaxIntegerDigits) {
        result.error = overflowMessage;
        return result;
    }

    const qint64 unitFen = Money::fenPerUnit(options.unit);
    const qint64 fractionFen = fraction.isEmpty()
            ? 0
            : fraction.leftJustified(maxPlaces, QLatin1Char('0')).toLongLong() * (unitFen / powerOfTen(maxPlaces));
    const qint64 whole = digits.isEmpty() ? 0 : digits.toLongLong();
    if (whole > Money::LimitFen / unitFen) {
        result.error = overflowMessage;
        return result;
    }
    const qint64 fen = whole * unitFen + fractionFen;
    if (fen > Money::LimitFen) {
        result.error = overflowMessage;
        return result;
    }
    if (negative && fen != 0 && !options.allowNegative) {
        result.error = MoneyText::tr("A negative amount is not allowed here.");
        return result;
    }
    result.ok = true;
    result.value = Money::fromFen(negative ? -fen : fen);
    return result;
}

CountParseResult parseCount(QStringView text, bool allowEmpty)
{
    CountParseResult result;
    const QString cleaned = normalizeNumberText(text);
    if (cleaned.isEmpty() || isDash(cleaned)) {
        if (!allowEmpty) {
            result.error = MoneyText::tr("A value is required here.");
            return result;
        }
        result.ok = true;
        result.empty = true;
        return result;
    }
    QString digits = cleaned;
    if (!stripSeparators(digits)) {
        result.error = MoneyText::tr("\"%1\" has a misplaced thousands separator.").arg(cleaned);
        return result;
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (digits.startsWith(QLatin1Char('-')) && ok) {
        result.error = MoneyText::tr("A count cannot be negative.");
        return result;
    }
    if (!ok || digits.startsWith(QLatin1Char('+'))) {
        result.error = MoneyText::tr("\"%1\" is not a whole number.").arg(cleaned);
        return result;
    }
    if (value > 1'000'000'000) {
        result.error = MoneyText::tr("The count %1 is implausibly large.").arg(cleaned);
        return result;
    }
    result.ok = true;
    result.value = value;
    return result;
}
