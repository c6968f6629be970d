#pragma once

#include "audit/finding.h"

#include <QList>
#include <QString>

#include <memory>

class Document;
class ReportTemplate;
class Rulebook;

// The whole audit of one document: the table rules, the document's own texts and, when given,
// an external text (a pasted 情况说明). Fills each finding's explanation from the document and
// turns explained warnings into infos.
class AuditEngine
{
public:
    explicit AuditEngine(std::shared_ptr<const Rulebook> rules);
    // The engine for a profile's rules; nullptr with `error` set when they cannot run.
    static std::unique_ptr<AuditEngine> forTemplate(const ReportTemplate &reportTemplate, QString *error);

    const Rulebook &rules() const { return *m_rules; }

    QList<Finding> auditTables(const Document &document) const;
    QList<Finding> auditDocumentTexts(const Document &document) const;
    // An external text; `section` is where it belongs if it has no headings of its own.
    QList<Finding> auditText(const Document &document, const QString &text, const QString &section = QString()) const;
    // Everything, errors first.
    QList<Finding> run(const Document &document, const QString &externalText = QString()) const;

private:
    std::shared_ptr<const Rulebook> m_rules;
};
