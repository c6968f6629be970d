#pragma once

#include "signoff/signoffrecord.h"

#include <QUndoCommand>

class Document;

// The undoable steps of review and sign-off. Each replaces the document's review record with
// the record after the step, so that undo restores exactly what was there before.
class ChangeSignoff : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    ChangeSignoff(Document *document, const QString &text);
    // The record as it will be after the step; subclasses change it in their constructor.
    SignoffRecord &after() { return m_after; }
    const Document &document() const { return *m_document; }

private:
    Document *m_document;
    SignoffRecord m_before;
    SignoffRecord m_after;
};

// Moves sections to a review state (待审核, 已审核, 退回 with its comment, back to 草稿);
// approving keeps each section's fingerprint.
class ChangeReviewState : public ChangeSignoff
{
public:
    ChangeReviewState(Document *document, const QStringList &sections, ReviewState state, const QString &comment,
                      const QString &who, const QDateTime &when);
};

// A remark on a section, a cell or an audit finding.
class AddComment : public ChangeSignoff
{
public:
    AddComment(Document *document, const QString &target, const QString &text, const QString &who,
               const QDateTime &when);
};

// Marks a remark resolved, or open again.
class ResolveComment : public ChangeSignoff
{
public:
    ResolveComment(Document *document, qint64 id, bool resolved);
};

// Signs the document by name and role: the signature records the sections approved as they
// stand and their combined fingerprint.
class SignOff : public ChangeSignoff
{
public:
    SignOff(Document *document, const QString &role, const QString &name, const QDateTime &when);
};

// Withdraws a signature: the block prints the role blank again until someone signs anew.
class WithdrawSignature : public ChangeSignoff
{
public:
    WithdrawSignature(Document *document, int index);
};
