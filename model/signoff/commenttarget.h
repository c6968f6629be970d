#pragma once

#include "signoff/signoffrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

class Document;
struct CellRef;
struct Finding;

// The keys comments are filed under and their names in business words: a review section's id,
// a cell ("cell:" and the cell's address) or an audit finding ("finding:" and its stable key).
namespace CommentTarget {

QString ofCell(const CellRef &ref);
QString ofFinding(const Finding &finding);
// A finding's identity across recomputations: the key its explanation (出错说明) is filed under
// without "explain.", which names the rule and the code or project it is about
// ("T1-1.2010601"); a finding without one is its rule and its first location.
QString findingKey(const Finding &finding);
bool isCell(const QString &target);
bool isFinding(const QString &target);
// The target in the user's words: a section's title, a cell as table · row · column, a finding.
QString title(const Document &document, const QString &target);
// The review section a comment belongs to: a section itself, a cell's table or sheet
// ("table:T5", "sheet:PRIOR"); empty for a finding, which the audit dock shows instead.
QString section(const Document &document, const QString &target);
// The comments still open on any of `sections` or their cells, oldest first: what the
// navigation marks an entry with.
QList<ReviewComment> openOn(const Document &document, const QStringList &sections);

} // namespace CommentTarget
