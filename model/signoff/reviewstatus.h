#pragma once

#include "signoff/reviewsections.h"
#include "signoff/signoffrecord.h"

#include <QHash>
#include <QList>
#include <QString>

class Document;

// What the navigation and the review panel show for a section: its stored state, or
// 审核后已修改 for an approved section whose content has changed since.
enum class ReviewMark { Draft, ReadyForReview, Approved, Returned, ModifiedSinceApproval };

// The review status of every section of a document at one moment: each section's mark, the
// counts, whether everything is approved (the draft watermark's rule) and whether each
// signature still covers the content it signed.
class ReviewStatus
{
public:
    explicit ReviewStatus(const Document &document);

    const QList<ReviewSections::Section> &sections() const { return m_sections; }
    ReviewMark mark(const QString &section) const;
    // The mark of several sections shown as one (the navigation's "projects"): approved when all
    // are, else the most pressing of returned, modified, ready for review, draft.
    ReviewMark mark(const QStringList &sections) const;
    int count(ReviewMark mark) const;
    bool allApproved() const { return count(ReviewMark::Approved) == m_sections.size(); }
    // The titles of the sections not approved, or modified since: why a draft is still a draft.
    QStringList unapprovedTitles() const;
    // "已审核 7/12，退回 1": the review table's column and the panel's heading.
    QString summary() const;
    // The sections approved as they stand, and their combined fingerprint: what a signature records.
    QStringList approvedSections() const;
    QString fingerprintOf(const QStringList &sections) const;
    // Whether the content a signature approved is still what the document holds.
    bool isCurrent(const Signature &signature) const;
    // The states a reviewer may move a section to from its mark.
    static QList<ReviewState> nextStates(ReviewMark mark);

    static QString name(ReviewMark mark); // 草稿, 待审核, 已审核, 退回, 审核后已修改
    static QString name(ReviewState state);
    static ReviewMark markOf(ReviewState state);

private:
    QList<ReviewSections::Section> m_sections;
    QHash<QString, QString> m_fingerprints;
    QHash<QString, ReviewMark> m_marks;
};
