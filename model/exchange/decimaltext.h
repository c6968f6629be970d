#pragma once

#include <QString>

#include <optional>

// Exact reading of the decimal numbers a workbook holds ("4116.42", "-0.01", "1.5E-3"): no
// floating point on the way, so that 4116.42 万元 is exactly 4116420000 fen.
namespace DecimalText {

// The number times 10^`exponent`, rounded half away from zero to a whole number; nullopt for
// text that is not a number or a result beyond ±10^17.
std::optional<qint64> scaled(const QString &text, int exponent);

} // namespace DecimalText
