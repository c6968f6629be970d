#include "commands/setcellvalue.h"

#include "commands/cellwording.h"
#include "document/document.h"

#include <QCoreApplication>

SetCellValue::SetCellValue(Document *document, const CellInput &input)
    : ChangeCells(document, { input },
                  QCoreApplication::translate("UndoCommands", "Edit %1")
                          .arg(CellWording::cellName(document->layout(), input.ref)))
{
}
