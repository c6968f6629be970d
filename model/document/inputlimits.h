#pragma once

#include "money/money.h"

// Limits every input obeys, whether typed, imported or read from a document file.
namespace InputLimits {

// The most characters one text of a disclosure may hold (a part, a reason, a name, a note).
// A department's whole published explanation runs to about 20,000 characters; the limit keeps
// a damaged or hostile file from making the audit and the editor crawl.
inline constexpr qsizetype MaxTextLength = 200'000;

// Every stored number, amounts in fen and counts alike, lies within ±10¹² 元, so that sums over
// a document can never overflow.
inline constexpr qint64 MaxMagnitude = Money::LimitFen;

} // namespace InputLimits
