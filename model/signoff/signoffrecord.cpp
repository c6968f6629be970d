#include "signoff/signoffrecord.h"

#include <algorithm>
#include <array>

qint64 SignoffRecord::nextCommentId() const
{
    qint64 next = 1;
    for (const ReviewComment &comment : comments)
        next = std::max(next, comment.id + 1);
    return next;
}

namespace ReviewStateKey {

namespace {

struct Entry
{
    ReviewState state;
    const char *key;
};

constexpr std::array<Entry, 4> Keys = { { { ReviewState::Draft, "draft" },
                                          { ReviewState::ReadyForReview, "ready" },
                                          { ReviewState::Approved, "approved" },
                                          { ReviewState::Returned, "returned" } } };

} // namespace

QString key(ReviewState state)
{
    for (const Entry &entry : Keys) {
        if (entry.state == state)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<ReviewState> fromKey(const QString &key)
{
    for (const Entry &entry : Keys) {
        if (key == QLatin1String(entry.key))
            return entry.state;
    }
    return std::nullopt;
}

} // namespace ReviewStateKey
