#pragma once

#include <QUndoCommand>

class Document;

// Editing a free text or a reason. Consecutive edits of the same text merge.
class SetText : public QUndoCommand
{
public:
    SetText(Document *document, const QString &key, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_key;
    QString m_before;
    QString m_after;
};
