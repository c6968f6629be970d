#include "signoff/reviewhistory.h"

#include "document/document.h"
#include "signoff/commenttarget.h"
#include "signoff/reviewsections.h"
#include "signoff/reviewstatus.h"

#include <QCoreApplication>
#include <QSet>

namespace ReviewHistory {

namespace {

QString stateText(const SectionReview &review)
{
    const QString name = ReviewStatus::name(review.state);
    return review.comment.isEmpty() ? name : QCoreApplication::translate("History", "%1: %2").arg(name, review.comment);
}

QString signer(const Signature &signature)
{
    return QCoreApplication::translate("History", "%1 (%2)").arg(signature.name, signature.role);
}

QString commentState(bool resolved)
{
    return resolved ? QCoreApplication::translate("History", "Resolved") : QCoreApplication::translate("History", "Open");
}

void sections(const Document &document, const SignoffRecord &before, const SignoffRecord &after, QList<Change> *changes)
{
    QStringList ids = before.sections.keys();
    for (const QString &id : after.sections.keys()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : std::as_const(ids)) {
        // A section that is not in the record is a draft.
        const SectionReview old = before.sections.value(id);
        const SectionReview now = after.sections.value(id);
        if (old == now)
            continue;
        changes->append({ HistoryEntry::Scope::Review, id,
                          QCoreApplication::translate("History", "Review · %1").arg(ReviewSections::title(document, id)),
                          stateText(old), stateText(now), true });
    }
}

void signatures(const SignoffRecord &before, const SignoffRecord &after, QList<Change> *changes)
{
    for (const Signature &old : before.signatures) {
        if (!after.signatures.contains(old))
            changes->append({ HistoryEntry::Scope::Signature, old.role,
                              QCoreApplication::translate("History", "Signature · %1").arg(old.role), signer(old),
                              QString(), true });
    }
    for (const Signature &now : after.signatures) {
        if (!before.signatures.contains(now))
            changes->append({ HistoryEntry::Scope::Signature, now.role,
                              QCoreApplication::translate("History", "Signature · %1").arg(now.role), QString(),
                              signer(now), true });
    }
}

void comments(const Document &document, const SignoffRecord &before, const SignoffRecord &after, QList<Change> *changes)
{
    const auto subject = [&](const ReviewComment &comment) {
        return QCoreApplication::translate("History", "Comment · %1").arg(CommentTarget::title(document, comment.target));
    };
    QHash<qint64, const ReviewComment *> old;
    for (const ReviewComment &comment : before.comments)
        old.insert(comment.id, &comment);
    QSet<qint64> kept;
    for (const ReviewComment &now : after.comments) {
        const ReviewComment *was = old.value(now.id);
        if (!was) {
            changes->append({ HistoryEntry::Scope::Comment, now.target, subject(now), QString(), now.text, false });
            continue;
        }
        kept.insert(now.id);
        if (was->resolved != now.resolved)
            changes->append({ HistoryEntry::Scope::Comment, now.target, subject(now), commentState(was->resolved),
                              commentState(now.resolved), false });
    }
    for (const ReviewComment &was : before.comments) {
        if (!kept.contains(was.id))
            changes->append({ HistoryEntry::Scope::Comment, was.target, subject(was), was.text, QString(), false });
    }
}

} // namespace

QList<Change> between(const Document &document, const SignoffRecord &before, const SignoffRecord &after)
{
    QList<Change> changes;
    sections(document, before, after, &changes);
    signatures(before, after, &changes);
    comments(document, before, after, &changes);
    return changes;
}

} // namespace ReviewHistory
