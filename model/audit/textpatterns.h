#pragma once

#include "audit/finding.h"

#include <QList>
#include <QString>

class Document;
struct ScannedText;
struct TextRules;

// Checks that need words, not figures: template residue ("增加（减少）", "XX"), a unit naming
// itself as another kind of unit ("我中心" in a 局's text), and "本单位无…" statements about
// tables that have data.
namespace TextPatterns {

QList<Finding> run(const ScannedText &text, const Document &document, const TextRules &rules, const QString &textKey);

} // namespace TextPatterns
