#pragma once

#include "audit/finding.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class AuditEngine;
class Document;
class ReportTemplate;

// Keeps a document's findings current: every change signal of the document schedules one
// audit on a zero-interval timer, so a burst of edits (or typing) costs one run once the event
// loop is idle.
class AuditRunner : public QObject
{
    Q_OBJECT

public:
    explicit AuditRunner(QObject *parent = nullptr);
    ~AuditRunner() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    // A text to audit besides the document's own (a pasted 情况说明); empty for none.
    void setExternalText(const QString &text);
    const QString &externalText() const { return m_externalText; }

    const QList<Finding> &findings() const { return m_findings; }
    // Why there are no findings when the document's profile's audit cannot run.
    const QString &unavailableReason() const { return m_unavailable; }

    void schedule();
    void runNow();

signals:
    void findingsChanged();

private:
    QPointer<Document> m_document;
    std::unique_ptr<AuditEngine> m_engine;
    const ReportTemplate *m_engineTemplate = nullptr; // the profile m_engine was made for
    QString m_externalText;
    QString m_unavailable;
    QList<Finding> m_findings;
    QTimer m_timer;
};
