#pragma once

#include "commands/cellwording.h"
#include "commands/changecells.h"
#include "document/document.h"

#include <QCoreApplication>

// Pasting a range of cells: one undo step however many cells it fills.
class PasteCells : public ChangeCells
{
public:
    PasteCells(Document *document, const QList<CellInput> &inputs)
        : ChangeCells(document, inputs, QCoreApplication::translate("UndoCommands", "Paste %n cell(s) into %1", nullptr, int(inputs.size()))
                                              .arg(CellWording::tableName(document->layout(), inputs.value(0).ref.sheet)))
    {
    }
};
