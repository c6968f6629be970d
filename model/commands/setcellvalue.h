#pragma once

#include "commands/changecells.h"

// Typing a value into one cell. Consecutive edits of the same cell merge into one step.
class SetCellValue : public ChangeCells
{
public:
    SetCellValue(Document *document, const CellInput &input);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
};
