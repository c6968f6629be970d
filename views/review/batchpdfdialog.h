#pragma once

#include "review/batchpdf.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThreadPool>

class TemplateLibrary;

// The progress of a batch PDF export: how many of how many documents are done, and a Cancel
// that stops the jobs not yet started (those running finish their file; none is left half
// written). Ends with a summary of what was written and what failed.
class BatchPdfDialog : public QProgressDialog
{
    Q_OBJECT

public:
    BatchPdfDialog(const TemplateLibrary &library, QWidget *parent = nullptr);
    ~BatchPdfDialog() override;

    // Starts the export; the dialog shows itself after a moment if it takes longer.
    void start(const QList<BatchPdf::Job> &jobs, bool final);
    const QList<BatchPdf::Outcome> &outcomes() const { return m_outcomes; }
    bool isRunning() const { return m_watcher.isRunning(); }
    // A translated summary: written, failed with their messages, cancelled.
    QString summary() const;

signals:
    void done();

private:
    const TemplateLibrary &m_library;
    QThreadPool m_pool;
    QFutureWatcher<BatchPdf::Outcome> m_watcher;
    BatchPdf::CancelFlag m_cancel;
    QList<BatchPdf::Outcome> m_outcomes;
    int m_total = 0;
};
