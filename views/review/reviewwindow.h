#pragma once

#include <QMainWindow>
#include <QStringList>

class BatchPdfDialog;
class FolderScanner;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class ReviewTableModel;
class TemplateLibrary;
struct ReviewRow;

// The supervisor's desk for one folder: every document under it in one table (department,
// year, profile, audit counts, empty reasons, last change, or why a file could not be read),
// filled in while the files are read off the GUI thread. The table sorts by any column, filters
// by a text, opens a document on a double-click, exports as CSV or xlsx, refreshes when files
// change, and exports every document as PDF in parallel.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    ReviewWindow(const TemplateLibrary &library, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    void openFolder(const QString &folder);
    ReviewTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    FolderScanner *scanner() const { return m_scanner; }

    // The steps behind the actions once the file or folder is known, for the actions and tests.
    bool exportCsv(const QString &path);
    bool exportXlsx(const QString &path);
    BatchPdfDialog *exportPdfs(const QString &outputFolder, bool final);

signals:
    void openRequested(const QString &path);

private:
    void createActions();
    void updateStatus();
    void watchFolder();
    void folderChanged();
    void fileListed(const QStringList &paths);
    void askExportCsv();
    void askExportXlsx();
    void askExportPdfs();
    bool report(bool ok, const QString &path, const QString &error);

    const TemplateLibrary &m_library;
    ReviewTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_status;
    FolderScanner *m_scanner;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle; // folds a burst of file system events into one refresh
    QStringList m_known;
};
