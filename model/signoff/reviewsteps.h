#pragma once

#include "signoff/signoffrecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class Document;

// The review steps as the user asks for them, checked before their undo command is pushed: a
// section moves only along the allowed transitions, a return needs its comment, a comment its
// text, a signature a name and something approved. Each returns the message for the user when
// the step is refused (nothing changes then), or an empty string.
namespace ReviewSteps {

QString changeState(Document *document, const QStringList &sections, ReviewState state, const QString &comment,
                    const QString &who, const QDateTime &when);
QString addComment(Document *document, const QString &target, const QString &text, const QString &who,
                   const QDateTime &when);
QString resolveComment(Document *document, qint64 id, bool resolved);
QString signOff(Document *document, const QString &role, const QString &name, const QDateTime &when);
// `index` is the signature's place in the document's list.
QString withdrawSignature(Document *document, int index);

} // namespace ReviewSteps
