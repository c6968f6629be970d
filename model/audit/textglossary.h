#pragma once

#include "audit/finding.h"

#include <QList>
#include <QString>

class TextFactCatalogue;
struct ScannedText;
struct TextRules;

// Domain X-11: the glossary's list "本部门使用的支出功能分类科目" must name exactly the 项 of
// table 5, each as 类（类）款（款）项（项）. Checked only where the text has the list.
namespace TextGlossary {

QList<Finding> run(const ScannedText &text, const TextFactCatalogue &facts, const TextRules &rules, const QString &textKey);

} // namespace TextGlossary
