#include "commands/settext.h"

#include "document/document.h"
#include "commands/undocommandids.h"

#include <QCoreApplication>

SetText::SetText(Document *document, const QString &key, const QString &text)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit text")), m_document(document), m_key(key),
      m_before(document->data().texts.value(key)), m_after(text)
{
}

void SetText::undo()
{
    m_document->setText(m_key, m_before);
}

void SetText::redo()
{
    m_document->setText(m_key, m_after);
}

int SetText::id() const
{
    return SetTextId;
}

bool SetText::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SetText *>(other);
    if (edit->m_key != m_key)
        return false;
    m_after = edit->m_after;
    return true;
}
