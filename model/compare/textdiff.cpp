#include "compare/textdiff.h"

#include <QStringList>

#include <vector>

namespace {

// Beyond this many cells the longest common subsequence table is not built; the pieces are
// then shown as wholly removed and added, which is still a correct blackline.
constexpr qsizetype MaxTableCells = 4'000'000;

QStringList clauses(const QString &text)
{
    static const QString ends = QStringLiteral("，。；：、！？,;\n");
    QStringList result;
    QString current;
    for (const QChar c : text) {
        current += c;
        if (ends.contains(c)) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

void append(QList<DiffSegment> *segments, DiffSegment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments->isEmpty() && segments->last().kind == kind)
        segments->last().text += text;
    else
        segments->append({ kind, text });
}

// The longest common subsequence alignment of two sequences; `visit` receives each element as
// equal, removed or added, in order.
template<typename Sequence, typename Visit>
bool align(const Sequence &a, const Sequence &b, Visit visit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if ((n + 1) * (m + 1) > MaxTableCells)
        return false;
    std::vector<int> lengths(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lengths[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            visit(DiffSegment::Kind::Equal, i++, j++);
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            visit(DiffSegment::Kind::Removed, i++, j); // removed text before added text, as a blackline reads
        } else {
            visit(DiffSegment::Kind::Added, i, j++);
        }
    }
    return true;
}

// Characters, except that a number ("4116.42", "6.42%") or a Latin word stays whole: a changed
// figure is shown as the old figure struck out and the new one, not as a mix of digits.
QStringList tokens(const QString &text)
{
    QStringList result;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i + 1;
        const auto numeric = [](QChar c) { return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('%'); };
        if (text.at(i).isDigit()) {
            while (end < text.size() && numeric(text.at(end)))
                ++end;
        } else if (text.at(i).isLetter() && text.at(i).unicode() < 128) {
            while (end < text.size() && text.at(end).isLetter() && text.at(end).unicode() < 128)
                ++end;
        }
        result.append(text.mid(i, end - i));
        i = end;
    }
    return result;
}

void characters(const QString &before, const QString &after, QList<DiffSegment> *segments)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const bool aligned = align(a, b, [&](DiffSegment::Kind kind, qsizetype i, qsizetype j) {
        append(segments, kind, kind == DiffSegment::Kind::Added ? b.at(j) : a.at(i));
    });
    if (!aligned) {
        append(segments, DiffSegment::Kind::Removed, before);
        append(segments, DiffSegment::Kind::Added, after);
    }
}

} // namespace

namespace TextDiff {

QList<DiffSegment> diff(const QString &before, const QString &after)
{
    const QStringList a = clauses(before);
    const QStringList b = clauses(after);
    QList<DiffSegment> segments;
    QString removed;
    QString added;
    const auto flush = [&] {
        characters(removed, added, &segments);
        removed.clear();
        added.clear();
    };
    const bool aligned = align(a, b, [&](DiffSegment::Kind kind, qsizetype i, qsizetype j) {
        if (kind == DiffSegment::Kind::Equal) {
            flush();
            append(&segments, kind, a.at(i));
        } else if (kind == DiffSegment::Kind::Removed) {
            removed += a.at(i);
        } else {
            added += b.at(j);
        }
    });
    if (!aligned) {
        removed = before;
        added = after;
    }
    flush();
    return segments;
}

} // namespace TextDiff
