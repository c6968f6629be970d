#pragma once

#include "history/historyentry.h"
#include "signoff/signoffrecord.h"

#include <QList>

class Document;

// What a review step changed, in the words of the change history: a section's state (old →
// new, a return with its comment), a signature given or withdrawn (name and role), a comment
// added, removed, resolved or reopened. The recorder stamps each with who, when and how.
namespace ReviewHistory {

struct Change
{
    HistoryEntry::Scope scope = HistoryEntry::Scope::Review;
    QString target;  // a section id, a signature's role, a comment's target
    QString subject; // in business words
    QString oldText;
    QString newText;
    bool approval = false; // a state or a signature, which compacting keeps; not a comment
};

QList<Change> between(const Document &document, const SignoffRecord &before, const SignoffRecord &after);

} // namespace ReviewHistory
