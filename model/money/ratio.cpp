#include "money/ratio.h"

#include <limits>

std::optional<qint64> Ratio::percent(int decimals, bool roundHalfUp) const
{
    if (m_denominator == 0)
        return std::nullopt;
    const bool negative = (m_numerator < 0) != (m_denominator < 0) && m_numerator != 0;
    const quint64 numerator = m_numerator < 0 ? quint64(0) - quint64(m_numerator) : quint64(m_numerator);
    const quint64 denominator = m_denominator < 0 ? quint64(0) - quint64(m_denominator) : quint64(m_denominator);

    // Long division, one decimal digit at a time, so that no intermediate product overflows:
    // two digits for "× 100", `decimals` more, and one to round on.
    constexpr quint64 ceiling = quint64(std::numeric_limits<qint64>::max()) / 10 - 10;
    quint64 quotient = numerator / denominator;
    quint64 remainder = numerator % denominator;
    const int digits = 2 + decimals + (roundHalfUp ? 1 : 0);
    for (int i = 0; i < digits; ++i) {
        if (quotient > ceiling)
            return std::nullopt;
        remainder *= 10;
        quotient = quotient * 10 + remainder / denominator;
        remainder %= denominator;
    }
    if (roundHalfUp)
        quotient = (quotient + 5) / 10;
    const qint64 magnitude = qint64(quotient);
    return negative ? -magnitude : magnitude;
}

std::optional<qint64> Ratio::percentScaled(int decimals) const
{
    return percent(decimals, true);
}

std::optional<qint64> Ratio::percentTruncated(int decimals) const
{
    return percent(decimals, false);
}

QString Ratio::formatScaled(qint64 scaled, int decimals)
{
    const bool negative = scaled < 0;
    const qint64 magnitude = negative ? -scaled : scaled;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString Ratio::toString(int decimals, const QString &notComparable) const
{
    const std::optional<qint64> scaled = percentScaled(decimals);
    if (!scaled)
        return notComparable;
    return formatScaled(*scaled, decimals) + QLatin1Char('%');
}
