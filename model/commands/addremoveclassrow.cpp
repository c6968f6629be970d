#include "commands/addremoveclassrow.h"

#include "document/document.h"

#include <QCoreApplication>

AddRemoveClassRow::AddRemoveClassRow(Document *document, const QString &sheet, const QString &code,
                                     const QString &text)
    : QUndoCommand(text), m_document(document), m_sheet(sheet), m_code(code)
{
}

void AddRemoveClassRow::addRow()
{
    m_document->addClassRow(m_sheet, m_code, m_values);
}

void AddRemoveClassRow::removeRow()
{
    m_values = m_document->rowInputs(m_sheet, m_code);
    m_document->removeClassRow(m_sheet, m_code);
}

AddClassRow::AddClassRow(Document *document, const QString &sheet, const QString &code)
    : AddRemoveClassRow(document, sheet, code,
                        QCoreApplication::translate("UndoCommands", "Add row %1 to %2").arg(code, sheet))
{
}

RemoveClassRow::RemoveClassRow(Document *document, const QString &sheet, const QString &code)
    : AddRemoveClassRow(document, sheet, code,
                        QCoreApplication::translate("UndoCommands", "Remove row %1 from %2").arg(code, sheet))
{
}
