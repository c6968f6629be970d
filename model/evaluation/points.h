#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// A score or a weight of the self-evaluation form in hundredths of a point (8.5 分 → 850):
// exact, so that 89.99 never becomes 90 and a total of weights is exactly 100.
class Points
{
public:
    static constexpr qint64 PerPoint = 100;
    // No form has more than a thousand points; the limit keeps sums far inside qint64.
    static constexpr qint64 LimitHundredths = 1000 * PerPoint;

    constexpr Points() = default;
    static constexpr Points fromHundredths(qint64 hundredths) { return Points(hundredths); }
    static constexpr Points whole(qint64 points) { return Points(points * PerPoint); }

    constexpr qint64 hundredths() const { return m_hundredths; }

    constexpr Points operator+(Points other) const { return Points(m_hundredths + other.m_hundredths); }
    constexpr Points &operator+=(Points other) { m_hundredths += other.m_hundredths; return *this; }
    constexpr auto operator<=>(const Points &) const = default;

    // "8.50": always two decimals, as the form prints its scores.
    QString toString() const;
    // "8.5", "90": without trailing zeros, for typing over.
    QString toShortString() const;

private:
    explicit constexpr Points(qint64 hundredths) : m_hundredths(hundredths) { }
    qint64 m_hundredths = 0;
};

// The outcome of reading a typed score or weight.
struct PointsParseResult
{
    bool ok = false;
    bool empty = false; // blank: the score is not given
    Points value;
    QString error; // translated, for showing at the field
};

// Reads "8.5", "８．５" or " 10 ": a non-negative number with at most two decimals.
PointsParseResult parsePoints(QStringView text);
