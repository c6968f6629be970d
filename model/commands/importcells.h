#pragma once

#include "commands/changecells.h"

#include <QCoreApplication>

// The figures of an imported workbook, written into the document's input cells.
class ImportCells : public ChangeCells
{
public:
    ImportCells(Document *document, const QList<CellInput> &inputs)
        : ChangeCells(document, inputs,
                      QCoreApplication::translate("UndoCommands", "Import %n cell(s) from Excel", nullptr, int(inputs.size())))
    {
    }
};
