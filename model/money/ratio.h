#pragma once

#include "money/money.h"

#include <QString>

#include <optional>

// A quotient of two exact amounts shown as a percentage: shares, change rates and completion
// rates. A zero base is "not comparable", never a division by zero or "100%".
class Ratio
{
public:
    Ratio(qint64 numerator, qint64 denominator) : m_numerator(numerator), m_denominator(denominator) { }

    static Ratio share(Money part, Money whole) { return Ratio(part.fen(), whole.fen()); }
    static Ratio changeRate(Money current, Money previous)
    {
        return Ratio(current.fen() - previous.fen(), previous.fen());
    }
    static Ratio completion(Money actual, Money budget) { return Ratio(actual.fen(), budget.fen()); }

    bool isComparable() const { return m_denominator != 0; }

    // The percentage scaled by 10^decimals (17.10% at 2 decimals → 1710), rounded half away
    // from zero; nullopt when not comparable or absurdly large.
    std::optional<qint64> percentScaled(int decimals) const;
    // The same, cut off instead of rounded: what a careless spreadsheet shows.
    std::optional<qint64> percentTruncated(int decimals) const;

    // "17.10%", or `notComparable` for a zero base.
    QString toString(int decimals, const QString &notComparable) const;

    static QString formatScaled(qint64 scaled, int decimals);

private:
    std::optional<qint64> percent(int decimals, bool roundHalfUp) const;

    qint64 m_numerator;
    qint64 m_denominator;
};
