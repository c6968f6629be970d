#include "audit/auditengine.h"

#include "document/document.h"
#include "audit/rulebook.h"
#include "audit/tableaudit.h"
#include "audit/textaudit.h"
#include "audit/textfacts.h"

#include <algorithm>

AuditEngine::AuditEngine(std::shared_ptr<const Rulebook> rules) : m_rules(std::move(rules)) { }

std::unique_ptr<AuditEngine> AuditEngine::forTemplate(const ReportTemplate &reportTemplate, QString *error)
{
    std::shared_ptr<const Rulebook> rules = Rulebook::forTemplate(reportTemplate, error);
    return rules ? std::make_unique<AuditEngine>(std::move(rules)) : nullptr;
}

QList<Finding> AuditEngine::auditTables(const Document &document) const
{
    return TableAudit::run(document, *m_rules);
}

QList<Finding> AuditEngine::auditDocumentTexts(const Document &document) const
{
    const TextFactCatalogue facts(document, m_rules->text());
    QList<Finding> findings;
    const QMap<QString, QString> &texts = document.data().texts;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        // Explanations answer findings; they are not part of the disclosure.
        if (it.key().startsWith(QLatin1String("explain.")))
            continue;
        findings += TextAudit::run(it.value(), it.key(), m_rules->text().sectionOfTextKey(it.key()), facts, m_rules->text());
    }
    return findings;
}

QList<Finding> AuditEngine::auditText(const Document &document, const QString &text, const QString &section) const
{
    const TextFactCatalogue facts(document, m_rules->text());
    return TextAudit::run(text, QString(), section, facts, m_rules->text());
}

QList<Finding> AuditEngine::run(const Document &document, const QString &externalText) const
{
    QList<Finding> findings = auditTables(document) + auditDocumentTexts(document);
    if (!externalText.isEmpty())
        findings += auditText(document, externalText);
    const QMap<QString, QString> &texts = document.data().texts;
    for (Finding &finding : findings) {
        if (finding.explanation.isEmpty())
            finding.explanation = texts.value(finding.explainKey);
        if (finding.severity == Severity::Warning && finding.isExplained())
            finding.severity = Severity::Info;
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return findings;
}
