#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Where a section stands in review, as the reviewer set it. "Modified since approval" is not
// stored: it is an approved section whose content no longer matches its fingerprint.
enum class ReviewState { Draft, ReadyForReview, Approved, Returned };

// The review of one section of the document (a part's texts, a table, a sheet, a project).
struct SectionReview
{
    ReviewState state = ReviewState::Draft;
    QString comment;     // why it was returned, or a note on the transition
    QString by;          // who set the state
    QDateTime at;        // when, UTC
    QString fingerprint; // of the section's content when it was approved

    bool operator==(const SectionReview &) const = default;
};

// A remark on a section, a cell ("cell:T1/row/column") or an audit finding ("finding:RULE"),
// with who wrote it and when; resolved remarks stay listed as resolved.
struct ReviewComment
{
    qint64 id = 0;
    QString target;
    QString text;
    QString author;
    QDateTime at;
    bool resolved = false;

    bool operator==(const ReviewComment &) const = default;
};

// A sign-off by name and role: the sections it approved and one fingerprint of all of them.
struct Signature
{
    QString role; // 编制人, 审核人, 单位负责人 … as the profile names them
    QString name;
    QDateTime at;
    QStringList sections;
    QString fingerprint;

    bool operator==(const Signature &) const = default;
};

// Everything review and sign-off keep in a document.
struct SignoffRecord
{
    QMap<QString, SectionReview> sections; // only sections that left 草稿
    QList<ReviewComment> comments;
    QList<Signature> signatures;

    bool isEmpty() const { return sections.isEmpty() && comments.isEmpty() && signatures.isEmpty(); }
    qint64 nextCommentId() const;
    bool operator==(const SignoffRecord &) const = default;
};

// The stable keys of the states in the file and in interchange JSON.
namespace ReviewStateKey {

QString key(ReviewState state);
std::optional<ReviewState> fromKey(const QString &key);

} // namespace ReviewStateKey
