#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class Document;

// A fingerprint of what a reviewer sees in each section: every figure of a table or sheet as
// shown (typed or computed, known or not), the texts, the department's details, a project's
// whole form. Approving a section keeps its fingerprint; a later edit that changes the
// content changes it, and undoing that edit brings it back.
namespace SectionFingerprint {

// Every section's fingerprint, keyed by section id, in one pass over the document.
QHash<QString, QString> all(const Document &document);
// One fingerprint over the given sections' fingerprints, in the given order: what a signature keeps.
QString combined(const QHash<QString, QString> &fingerprints, const QStringList &sections);

} // namespace SectionFingerprint
