#pragma once

#include <QMainWindow>
#include <QStringList>

class BatchPdfDialog;
class FolderScanner;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;
class ReviewFilterModel;
class ReviewTableModel;
class TemplateLibrary;
struct ReviewRow;

// The supervisor's desk for one folder: every document and published PDF under it in one table
// (kind, department, year, profile, audit counts, empty reasons, last change, or why a file could
// not be read), filled in while the files are read off the GUI thread. The table sorts by any
// column, filters by a text and by kind, opens a document (or a PDF's import preview) on a
// double-click, exports as CSV or xlsx, refreshes when files change, and exports every document
// as PDF in parallel.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    ReviewWindow(const TemplateLibrary &library, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    void openFolder(const QString &folder);
    ReviewTableModel *model() const { return m_model; }
    ReviewFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    FolderScanner *scanner() const { return m_scanner; }

    // The steps behind the actions once the file or folder is known, for the actions and tests.
    bool exportCsv(const QString &path);
    bool exportXlsx(const QString &path);
    BatchPdfDialog *exportPdfs(const QString &outputFolder, bool final);

signals:
    void openRequested(const QString &path);
    // A published PDF's row was double-clicked: its import preview, read with `templateId`
    // (empty when the PDF could not be read).
    void importRequested(const QString &pdf, const QString &templateId);

private:
    void createActions();
    void openRow(const QModelIndex &index);
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
    ReviewFilterModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_status;
    FolderScanner *m_scanner;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle; // folds a burst of file system events into one refresh
    QStringList m_known;
};
