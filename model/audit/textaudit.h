#pragma once

#include "audit/finding.h"

#include <QList>
#include <QString>

class Document;
class TextFactCatalogue;
struct TextRules;

// Checks a Chinese text against a document's data: the figures it states, the changes, rates,
// shares and completion rates it gives, its direction words, and words left from the template.
namespace TextAudit {

// `textKey` is the document text the findings point into (empty for an external text);
// `section` is where a text without headings belongs ("五（三）").
QList<Finding> run(const QString &text, const QString &textKey, const QString &section, const TextFactCatalogue &facts,
                   const TextRules &rules);

} // namespace TextAudit
