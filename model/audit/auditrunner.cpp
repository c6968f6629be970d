#include "audit/auditrunner.h"

#include "audit/auditengine.h"
#include "document/document.h"
#include "profile/reporttemplate.h"

AuditRunner::AuditRunner(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AuditRunner::runNow);
}

AuditRunner::~AuditRunner() = default;

void AuditRunner::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        connect(document, &Document::cellsChanged, this, &AuditRunner::schedule);
        connect(document, &Document::layoutChanged, this, &AuditRunner::schedule);
        connect(document, &Document::textChanged, this, &AuditRunner::schedule);
        connect(document, &Document::departmentChanged, this, &AuditRunner::schedule);
        connect(document, &Document::projectInserted, this, &AuditRunner::schedule);
        connect(document, &Document::projectRemoved, this, &AuditRunner::schedule);
        connect(document, &Document::projectChanged, this, &AuditRunner::schedule);
        connect(document, &QObject::destroyed, this, &AuditRunner::schedule);
    }
    schedule();
}

void AuditRunner::setExternalText(const QString &text)
{
    if (m_externalText == text)
        return;
    m_externalText = text;
    schedule();
}

void AuditRunner::schedule()
{
    m_timer.start();
}

void AuditRunner::runNow()
{
    m_timer.stop();
    m_findings.clear();
    if (m_document) {
        const ReportTemplate *reportTemplate = &m_document->reportTemplate();
        if (reportTemplate != m_engineTemplate) {
            m_engineTemplate = reportTemplate;
            m_unavailable.clear();
            m_engine = AuditEngine::forTemplate(*reportTemplate, &m_unavailable);
        }
        if (m_engine)
            m_findings = m_engine->run(*m_document, m_externalText);
    }
    emit findingsChanged();
}
