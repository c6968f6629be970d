#include "commands/rerolldocument.h"

#include "document/document.h"

#include <QCoreApplication>

RerollDocument::RerollDocument(Document *document, DocumentData rolledUp)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Roll up the units again")), m_document(document),
      m_before(document->data()), m_after(std::move(rolledUp))
{
}

void RerollDocument::undo()
{
    m_document->replaceRollup(m_before);
}

void RerollDocument::redo()
{
    m_document->replaceRollup(m_after);
}
