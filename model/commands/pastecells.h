#pragma once

#include "commands/changecells.h"

#include <QCoreApplication>

// Pasting a range of cells: one undo step however many cells it fills.
class PasteCells : public ChangeCells
{
public:
    PasteCells(Document *document, const QList<CellInput> &inputs)
        : ChangeCells(document, inputs, QCoreApplication::translate("UndoCommands", "Paste %n cell(s)", nullptr, int(inputs.size())))
    {
    }
};
