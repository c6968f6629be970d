#include "history/historyrestore.h"

#include "commands/setcellvalue.h"
#include "commands/settext.h"
#include "document/document.h"
#include "history/historyentry.h"

#include <QCoreApplication>

namespace HistoryRestore {

bool canRestore(const HistoryEntry &entry)
{
    return entry.scope == HistoryEntry::Scope::Cell || entry.scope == HistoryEntry::Scope::Text;
}

bool restoreOldValue(Document *document, const HistoryEntry &entry, QString *error)
{
    if (!canRestore(entry)) {
        *error = QCoreApplication::translate(
            "History", "Only a figure or a text can be restored from the history.");
        return false;
    }
    if (document->isReadOnly()) {
        *error = document->readOnlyReason().isEmpty()
            ? QCoreApplication::translate("History", "The document is read-only.")
            : document->readOnlyReason();
        return false;
    }
    if (entry.scope == HistoryEntry::Scope::Text) {
        if (!document->reportTemplate().acceptsTextKey(entry.target)) {
            *error = QCoreApplication::translate("History", "The document has no text \"%1\" any more.")
                         .arg(entry.subject);
            return false;
        }
        return document->push(new SetText(document, entry.target, entry.oldText));
    }
    const CellInput input { CellRef::fromString(entry.target), entry.oldValue };
    const QString problem = document->validate(input);
    if (!problem.isEmpty()) {
        *error
            = QCoreApplication::translate("History", "%1 cannot be restored: %2").arg(entry.subject, problem);
        return false;
    }
    return document->push(new SetCellValue(document, input));
}

} // namespace HistoryRestore
