#pragma once

#include <QString>
#include <QStringView>

#include <compare>

// Which unit an amount is typed in or shown in. Amounts are always held in fen.
enum class MoneyUnit { Yuan, Wanyuan };

// An exact amount of money in fen (0.01 yuan). Arithmetic is integer; rounding happens only
// when an amount is formatted for display.
class Money
{
public:
    static constexpr qint64 FenPerYuan = 100;
    static constexpr qint64 FenPerWanyuan = 1'000'000;
    // ±10^12 yuan: far beyond any department's budget, far inside qint64 even for large sums.
    static constexpr qint64 LimitFen = 100'000'000'000'000LL;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money &operator+=(Money other) { m_fen += other.m_fen; return *this; }
    constexpr Money &operator-=(Money other) { m_fen -= other.m_fen; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

    // Display text: rounded half away from zero to `decimals`, with thousands separators.
    QString format(MoneyUnit unit, int decimals, bool separators = true) const;
    // Rounds to `decimals` places of `unit` (half away from zero) and returns the result in fen.
    Money rounded(MoneyUnit unit, int decimals) const;
    // Exact decimal text without separators: at least two decimals, no trailing zeros beyond.
    QString toExactString(MoneyUnit unit) const;

    static qint64 fenPerUnit(MoneyUnit unit);
    static int maxDecimals(MoneyUnit unit);
    static QString unitName(MoneyUnit unit);

private:
    explicit constexpr Money(qint64 fen) : m_fen(fen) { }
    quint64 roundedSteps(MoneyUnit unit, int decimals) const;
    qint64 m_fen = 0;
};

// The outcome of parsing what a user typed or pasted.
struct MoneyParseResult
{
    bool ok = false;
    bool empty = false; // the text was blank or a lone dash
    Money value;
    QString error; // translated, for showing next to the cell
};

struct MoneyParseOptions
{
    MoneyUnit unit = MoneyUnit::Wanyuan;
    bool allowNegative = false;
    bool allowEmpty = true;
};

// Parses amounts the way accountants type and paste them: "4116.42", "4,116.42", full-width
// digits and punctuation, surrounding blanks, and "-" or "" as zero where that is allowed.
MoneyParseResult parseMoney(QStringView text, const MoneyParseOptions &options);

// Parses a count (vehicles, groups, persons): a whole number, never negative.
struct CountParseResult
{
    bool ok = false;
    bool empty = false;
    qint64 value = 0;
    QString error;
};
CountParseResult parseCount(QStringView text, bool allowEmpty = true);

// Folds full-width digits, signs, separators and blanks to their ASCII forms and trims.
QString normalizeNumberText(QStringView text);
