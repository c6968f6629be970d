#include "audit/textaudit.h"

#include "audit/textchecker.h"
#include "audit/textfacts.h"
#include "audit/textglossary.h"
#include "audit/textpatterns.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"
#include "audit/textstatements.h"

#include <algorithm>

namespace TextAudit {

QList<Finding> run(const QString &text, const QString &textKey, const QString &section, const TextFactCatalogue &facts,
                   const TextRules &rules)
{
    const ScannedText scanned = TextScanner::scan(text, section, rules.countUnits);
    if (scanned.sentences.isEmpty())
        return {};
    const QList<TextStatement> statements = TextStatements::read(scanned, facts, rules);
    QList<Finding> findings = TextChecker(scanned, facts, rules, textKey).run(statements);
    findings += TextPatterns::run(scanned, facts.document(), rules, textKey);
    findings += TextGlossary::run(scanned, facts, rules, textKey);
    // In the order of the text, whatever order the checks ran in.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return a.locations.constFirst().offset < b.locations.constFirst().offset;
    });
    return findings;
}

} // namespace TextAudit
