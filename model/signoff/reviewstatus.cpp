#include "signoff/reviewstatus.h"

#include "document/document.h"
#include "signoff/sectionfingerprint.h"

#include <QCoreApplication>

ReviewStatus::ReviewStatus(const Document &document)
    : m_sections(ReviewSections::of(document)), m_fingerprints(SectionFingerprint::all(document))
{
    const QMap<QString, SectionReview> &stored = document.data().signoff.sections;
    for (const ReviewSections::Section &section : std::as_const(m_sections)) {
        const auto it = stored.constFind(section.id);
        if (it == stored.constEnd())
            continue;
        ReviewMark mark = markOf(it->state);
        if (it->state == ReviewState::Approved && it->fingerprint != m_fingerprints.value(section.id))
            mark = ReviewMark::ModifiedSinceApproval;
        m_marks.insert(section.id, mark);
    }
}

ReviewMark ReviewStatus::mark(const QString &section) const
{
    return m_marks.value(section, ReviewMark::Draft);
}

ReviewMark ReviewStatus::mark(const QStringList &sections) const
{
    QList<ReviewMark> marks;
    for (const QString &section : sections)
        marks.append(mark(section));
    if (!marks.isEmpty() && marks.count(ReviewMark::Approved) == marks.size())
        return ReviewMark::Approved;
    for (const ReviewMark pressing : { ReviewMark::Returned, ReviewMark::ModifiedSinceApproval, ReviewMark::ReadyForReview }) {
        if (marks.contains(pressing))
            return pressing;
    }
    return ReviewMark::Draft;
}

int ReviewStatus::count(ReviewMark mark) const
{
    int n = 0;
    for (const ReviewSections::Section &section : m_sections) {
        if (this->mark(section.id) == mark)
            ++n;
    }
    return n;
}

QStringList ReviewStatus::unapprovedTitles() const
{
    QStringList titles;
    for (const ReviewSections::Section &section : m_sections) {
        const ReviewMark mark = this->mark(section.id);
        if (mark != ReviewMark::Approved)
            titles.append(QCoreApplication::translate("ReviewStatus", "%1 (%2)").arg(section.title, name(mark)));
    }
    return titles;
}

QString ReviewStatus::summary() const
{
    QString text = QCoreApplication::translate("ReviewStatus", "%1 %2/%3").arg(name(ReviewMark::Approved)).arg(count(ReviewMark::Approved)).arg(m_sections.size());
    for (const ReviewMark mark : { ReviewMark::Returned, ReviewMark::ModifiedSinceApproval }) {
        if (const int n = count(mark))
            text += QCoreApplication::translate("ReviewStatus", ", %1 %2").arg(name(mark)).arg(n);
    }
    return text;
}

QStringList ReviewStatus::approvedSections() const
{
    QStringList ids;
    for (const ReviewSections::Section &section : m_sections) {
        if (mark(section.id) == ReviewMark::Approved)
            ids.append(section.id);
    }
    return ids;
}

QString ReviewStatus::fingerprintOf(const QStringList &sections) const
{
    return SectionFingerprint::combined(m_fingerprints, sections);
}

bool ReviewStatus::isCurrent(const Signature &signature) const
{
    return fingerprintOf(signature.sections) == signature.fingerprint;
}

QList<ReviewState> ReviewStatus::nextStates(ReviewMark mark)
{
    switch (mark) {
    case ReviewMark::Draft:
        return { ReviewState::ReadyForReview };
    case ReviewMark::ReadyForReview:
        return { ReviewState::Approved, ReviewState::Returned, ReviewState::Draft };
    case ReviewMark::Returned:
        return { ReviewState::ReadyForReview, ReviewState::Draft };
    case ReviewMark::Approved:
        return { ReviewState::Returned, ReviewState::ReadyForReview };
    case ReviewMark::ModifiedSinceApproval:
        return { ReviewState::Approved, ReviewState::Returned, ReviewState::ReadyForReview };
    }
    return {};
}

QString ReviewStatus::name(ReviewMark mark)
{
    switch (mark) {
    case ReviewMark::Draft:
        return QCoreApplication::translate("ReviewStatus", "Draft");
    case ReviewMark::ReadyForReview:
        return QCoreApplication::translate("ReviewStatus", "Ready for review");
    case ReviewMark::Approved:
        return QCoreApplication::translate("ReviewStatus", "Approved");
    case ReviewMark::Returned:
        return QCoreApplication::translate("ReviewStatus", "Returned");
    case ReviewMark::ModifiedSinceApproval:
        return QCoreApplication::translate("ReviewStatus", "Modified since approval");
    }
    return {};
}

QString ReviewStatus::name(ReviewState state)
{
    return name(markOf(state));
}

ReviewMark ReviewStatus::markOf(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return ReviewMark::Draft;
    case ReviewState::ReadyForReview:
        return ReviewMark::ReadyForReview;
    case ReviewState::Approved:
        return ReviewMark::Approved;
    case ReviewState::Returned:
        return ReviewMark::Returned;
    }
    return ReviewMark::Draft;
}
