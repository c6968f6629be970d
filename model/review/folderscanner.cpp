#include "review/folderscanner.h"

#include "review/folderreview.h"

#include <QtConcurrent/QtConcurrentMap>

FolderScanner::FolderScanner(const TemplateLibrary &library, QObject *parent)
    : QObject(parent), m_library(library)
{
    connect(&m_watcher, &QFutureWatcher<ReviewRow>::resultReadyAt, this, [this](int index) {
        ++m_done;
        emit rowReady(m_watcher.resultAt(index));
    });
    connect(&m_watcher, &QFutureWatcher<ReviewRow>::finished, this, &FolderScanner::onFinished);
}

FolderScanner::~FolderScanner()
{
    // The jobs read m_library and the folder name: they must end before this does.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FolderScanner::scan(const QString &folder)
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_folder = folder;
    m_pending.clear();
    const QStringList paths = FolderReview::filesUnder(folder);
    emit listed(paths);
    start(paths);
}

void FolderScanner::reread(const QStringList &paths)
{
    if (isRunning()) {
        for (const QString &path : paths) {
            if (!m_pending.contains(path))
                m_pending.append(path);
        }
        return;
    }
    start(paths);
}

void FolderScanner::start(const QStringList &paths)
{
    m_total = int(paths.size());
    m_done = 0;
    const QString folder = m_folder;
    const TemplateLibrary &library = m_library;
    m_watcher.setFuture(QtConcurrent::mapped(paths, [folder, &library](const QString &path) {
        return FolderReview::review(path, folder, library);
    }));
}

void FolderScanner::onFinished()
{
    if (!m_pending.isEmpty()) {
        start(std::exchange(m_pending, {}));
        return;
    }
    emit finished();
}
