#pragma once

#include "commands/cellwording.h"
#include "commands/changecells.h"
#include "document/document.h"

#include <QCoreApplication>

// Clearing the selected cells (Delete): one undo step.
class ClearCells : public ChangeCells
{
public:
    ClearCells(Document *document, const QList<CellRef> &cells)
        : ChangeCells(document, cleared(cells), QCoreApplication::translate("UndoCommands", "Clear %n cell(s) in %1", nullptr, int(cells.size()))
                                              .arg(CellWording::tableName(document->layout(), cells.value(0).sheet)))
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
