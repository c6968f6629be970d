#pragma once

#include "commands/changecells.h"

// Typing a value into one cell. Each committed entry is its own undo step, as in Excel: two
// entries of the same cell undo one at a time.
class SetCellValue : public ChangeCells
{
public:
    SetCellValue(Document *document, const CellInput &input);
};
