#pragma once

#include <QList>
#include <QString>

// A stretch of a blackline: text both versions share, or text only the old or the new one has.
struct DiffSegment
{
    enum class Kind { Equal, Removed, Added };
    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const DiffSegment &) const = default;
};

// A blackline of two Chinese texts. Chinese has no spaces between words, so the texts are first
// aligned clause by clause (up to each ，。；：、 or line end) and the clauses that changed are
// then compared character by character, numbers whole: a changed figure shows as just that figure.
namespace TextDiff {

QList<DiffSegment> diff(const QString &before, const QString &after);

} // namespace TextDiff
