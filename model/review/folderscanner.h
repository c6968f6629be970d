#pragma once

#include "review/reviewrow.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class TemplateLibrary;

// Reads the documents and published PDFs of a folder for the supervisor's table off the GUI
// thread (QtConcurrent, one file per job) and reports each row as soon as it is read, so that the
// table fills in while the window stays responsive. No document is kept once its row is made.
class FolderScanner : public QObject
{
    Q_OBJECT

public:
    FolderScanner(const TemplateLibrary &library, QObject *parent = nullptr);
    ~FolderScanner() override;

    const QString &folder() const { return m_folder; }
    // Lists every .fadb and .pdf under `folder` (subfolders too) and reads them all.
    void scan(const QString &folder);
    // Reads these files again (they changed); while a scan runs they wait for it to end.
    void reread(const QStringList &paths);
    bool isRunning() const { return m_watcher.isRunning(); }
    // How many files the current scan reads, and how many it has read.
    int total() const { return m_total; }
    int done() const { return m_done; }

signals:
    // The files found under the folder, before any is read.
    void listed(const QStringList &paths);
    void rowReady(const ReviewRow &row);
    void finished();

private:
    void start(const QStringList &paths);
    void onFinished();

    const TemplateLibrary &m_library;
    QString m_folder;
    QStringList m_pending;
    QFutureWatcher<ReviewRow> m_watcher;
    int m_total = 0;
    int m_done = 0;
};
