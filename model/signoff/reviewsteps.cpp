#include "signoff/reviewsteps.h"

#include "document/document.h"
#include "signoff/reviewstatus.h"
#include "signoff/signoffcommands.h"

#include <QCoreApplication>

namespace ReviewSteps {

namespace {

QString readOnly(const Document &document)
{
    if (!document.isReadOnly())
        return {};
    return document.readOnlyReason().isEmpty() ? QCoreApplication::translate("ReviewSteps", "The document is read-only.") : document.readOnlyReason();
}

} // namespace

QString changeState(Document *document, const QStringList &sections, ReviewState state, const QString &comment,
                    const QString &who, const QDateTime &when)
{
    if (const QString why = readOnly(*document); !why.isEmpty())
        return why;
    if (sections.isEmpty())
        return QCoreApplication::translate("ReviewSteps", "Select the sections first.");
    if (state == ReviewState::Returned && comment.trimmed().isEmpty())
        return QCoreApplication::translate("ReviewSteps", "A section is returned with a comment saying what to change.");
    const ReviewStatus status(*document);
    QStringList moving;
    for (const QString &section : sections) {
        if (ReviewStatus::nextStates(status.mark(section)).contains(state))
            moving.append(section);
    }
    if (moving.isEmpty())
        return QCoreApplication::translate("ReviewSteps", "The selected sections cannot be moved to %1 from where they stand.").arg(ReviewStatus::name(state));
    document->push(new ChangeReviewState(document, moving, state, comment.trimmed(), who, when));
    return {};
}

QString addComment(Document *document, const QString &target, const QString &text, const QString &who,
                   const QDateTime &when)
{
    if (const QString why = readOnly(*document); !why.isEmpty())
        return why;
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("ReviewSteps", "The comment is empty.");
    document->push(new AddComment(document, target, text.trimmed(), who, when));
    return {};
}

QString resolveComment(Document *document, qint64 id, bool resolved)
{
    if (const QString why = readOnly(*document); !why.isEmpty())
        return why;
    for (const ReviewComment &comment : document->data().signoff.comments) {
        if (comment.id == id && comment.resolved != resolved) {
            document->push(new ResolveComment(document, id, resolved));
            return {};
        }
    }
    return QCoreApplication::translate("ReviewSteps", "Select a comment first.");
}

QString signOff(Document *document, const QString &role, const QString &name, const QDateTime &when)
{
    if (const QString why = readOnly(*document); !why.isEmpty())
        return why;
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ReviewSteps", "A signature needs the signer's name.");
    if (ReviewStatus(*document).approvedSections().isEmpty())
        return QCoreApplication::translate("ReviewSteps", "Nothing is approved yet: a signature records the approved sections.");
    document->push(new SignOff(document, role, name.trimmed(), when));
    return {};
}

QString withdrawSignature(Document *document, int index)
{
    if (const QString why = readOnly(*document); !why.isEmpty())
        return why;
    if (index < 0 || index >= document->data().signoff.signatures.size())
        return QCoreApplication::translate("ReviewSteps", "Select a signature first.");
    document->push(new WithdrawSignature(document, index));
    return {};
}

} // namespace ReviewSteps
