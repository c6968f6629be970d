#pragma once

#include "commands/changecells.h"

#include <QCoreApplication>

// Clearing the selected cells (Delete): one undo step.
class ClearCells : public ChangeCells
{
public:
    ClearCells(Document *document, const QList<CellRef> &cells)
        : ChangeCells(document, cleared(cells), QCoreApplication::translate("UndoCommands", "Clear %n cell(s)", nullptr, int(cells.size())))
    {
    }

private:
    static QList<CellInput> cleared(const QList<CellRef> &cells)
    {
        QList<CellInput> inputs;
        for (const CellRef &ref : cells)
            inputs.append({ ref, std::nullopt });
        return inputs;
    }
};
