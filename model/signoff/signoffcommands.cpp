#include "signoff/signoffcommands.h"

#include "document/document.h"
#include "signoff/reviewsections.h"
#include "signoff/reviewstatus.h"
#include "signoff/sectionfingerprint.h"

#include <QCoreApplication>

ChangeSignoff::ChangeSignoff(Document *document, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(document->data().signoff), m_after(m_before)
{
}

void ChangeSignoff::undo()
{
    m_document->setSignoff(m_before);
}

void ChangeSignoff::redo()
{
    m_document->setSignoff(m_after);
}

ChangeReviewState::ChangeReviewState(Document *document, const QStringList &sections, ReviewState state,
                                     const QString &comment, const QString &who, const QDateTime &when)
    : ChangeSignoff(document,
                    sections.size() == 1 ? QCoreApplication::translate("UndoCommands", "Review: %1 → %2")
                                                   .arg(ReviewSections::title(*document, sections.constFirst()),
                                                        ReviewStatus::name(state))
                                         : QCoreApplication::translate("UndoCommands", "Review: %n sections → %1", nullptr, int(sections.size()))
                                                   .arg(ReviewStatus::name(state)))
{
    const QHash<QString, QString> fingerprints = state == ReviewState::Approved
            ? SectionFingerprint::all(*document)
            : QHash<QString, QString>();
    for (const QString &section : sections) {
        if (state == ReviewState::Draft) {
            after().sections.remove(section);
            continue;
        }
        after().sections.insert(section, { state, comment, who, when, fingerprints.value(section) });
    }
}

AddComment::AddComment(Document *document, const QString &target, const QString &text, const QString &who,
                       const QDateTime &when)
    : ChangeSignoff(document, QCoreApplication::translate("UndoCommands", "Add comment"))
{
    after().comments.append({ after().nextCommentId(), target, text, who, when, false });
}

ResolveComment::ResolveComment(Document *document, qint64 id, bool resolved)
    : ChangeSignoff(document, resolved ? QCoreApplication::translate("UndoCommands", "Resolve comment") : QCoreApplication::translate("UndoCommands", "Reopen comment"))
{
    for (ReviewComment &comment : after().comments) {
        if (comment.id == id)
            comment.resolved = resolved;
    }
}

SignOff::SignOff(Document *document, const QString &role, const QString &name, const QDateTime &when)
    : ChangeSignoff(document, QCoreApplication::translate("UndoCommands", "Sign as %1").arg(role))
{
    const ReviewStatus status(*document);
    const QStringList sections = status.approvedSections();
    after().signatures.append({ role, name, when, sections, status.fingerprintOf(sections) });
}

WithdrawSignature::WithdrawSignature(Document *document, int index)
    : ChangeSignoff(document, QCoreApplication::translate("UndoCommands", "Withdraw signature of %1")
                                      .arg(document->data().signoff.signatures.at(index).role))
{
    after().signatures.removeAt(index);
}
