#include "commands/setcellvalue.h"

#include "commands/undocommandids.h"

#include <QCoreApplication>

SetCellValue::SetCellValue(Document *document, const CellInput &input)
    : ChangeCells(document, { input }, QCoreApplication::translate("UndoCommands", "Edit cell %1").arg(input.ref.toString()))
{
}

int SetCellValue::id() const
{
    return SetCellValueId;
}

bool SetCellValue::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SetCellValue *>(other);
    if (edit->m_after.first().ref != m_after.first().ref)
        return false;
    m_after = edit->m_after;
    return true;
}
