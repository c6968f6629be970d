#pragma once

#include <QString>

class Document;
struct HistoryEntry;

// Puts a recorded old value back as a new edit, through the document's ordinary undo commands:
// one undo step, recorded in the history like any other edit.
namespace HistoryRestore {

// Whether the entry's old value can be put back: a cell's figure or a text.
bool canRestore(const HistoryEntry &entry);
// Pushes the edit; false with a message for the user when the value no longer fits the document
// (the cell is gone or computed now) or the document is read-only.
bool restoreOldValue(Document *document, const HistoryEntry &entry, QString *error);

} // namespace HistoryRestore
