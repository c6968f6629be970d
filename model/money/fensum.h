#pragma once

#include "money/money.h"

#include <QtNumeric>

// A sum of signed terms in fen that says when it leaves the amount range (±Money::LimitFen)
// instead of wrapping: every step is checked, so a figure is never a wrapped number.
class FenSum
{
public:
    // Adds `sign * value`. Partial sums may leave the range and come back; qint64 may not.
    FenSum &add(qint64 value, int sign = 1)
    {
        qint64 term = 0;
        m_overflow = m_overflow || qMulOverflow(value, qint64(sign), &term) || qAddOverflow(m_fen, term, &m_fen);
        return *this;
    }
    // Makes the sum out of range, for a term that is itself out of range.
    FenSum &addOutOfRange()
    {
        m_overflow = true;
        return *this;
    }

    bool isOutOfRange() const { return m_overflow || m_fen > Money::LimitFen || m_fen < -Money::LimitFen; }
    // The sum; zero when out of range, so that nothing computes on with a wrong figure.
    qint64 fen() const { return isOutOfRange() ? 0 : m_fen; }

    static FenSum difference(qint64 a, qint64 b) { return FenSum().add(a).add(b, -1); }

private:
    qint64 m_fen = 0;
    bool m_overflow = false;
};
