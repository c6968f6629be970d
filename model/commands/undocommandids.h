#pragma once

// Merge ids of the undo commands that merge repeated edits.
enum UndoCommandId {
    SetCellValueId = 1,
    SetTextId,
    ChangeDepartmentId,
};
