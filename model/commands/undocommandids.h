#pragma once

// Merge ids of the undo commands that merge repeated edits.
enum UndoCommandId {
    SetTextId = 1,
    ChangeDepartmentId,
};
