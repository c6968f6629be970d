#include "review/reviewwindow.h"

#include "review/batchpdfdialog.h"
#include "review/documentreview.h"
#include "review/folderreview.h"
#include "review/folderscanner.h"
#include "review/reviewfiltermodel.h"
#include "review/reviewreport.h"
#include "review/reviewtablemodel.h"
#include "review/reviewworkbook.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace {

constexpr int SettleMs = 500;

// The rows as the user sees them: filtered and in the table's order.
QList<ReviewRow> visibleRows(const ReviewFilterModel &proxy, const ReviewTableModel &model)
{
    QList<ReviewRow> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(model.rows().at(proxy.mapToSource(proxy.index(r, 0)).row()));
    return rows;
}

} // namespace

ReviewWindow::ReviewWindow(const TemplateLibrary &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_model(new ReviewTableModel(this))
    , m_proxy(new ReviewFilterModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_scanner(new FolderScanner(library, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("ReviewWindow"));
    setWindowFlag(Qt::Window);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("ReviewTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewRow::File, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    setCentralWidget(m_table);
    m_filter->setObjectName(QStringLiteral("ReviewFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by file, kind, department, profile or message"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ReviewWindow::updateStatus);
    m_kind->setObjectName(QStringLiteral("ReviewKindFilter"));
    m_kind->addItem(tr("Documents and published PDFs"));
    m_kind->addItem(ReviewRow::kindName(ReviewRow::FileKind::Document), int(ReviewRow::FileKind::Document));
    m_kind->addItem(ReviewRow::kindName(ReviewRow::FileKind::PublishedPdf), int(ReviewRow::FileKind::PublishedPdf));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_proxy->setKindFilter(kind.isValid() ? std::optional(ReviewRow::FileKind(kind.toInt())) : std::nullopt);
        updateStatus();
    });
    connect(m_table, &QTableView::doubleClicked, this, &ReviewWindow::openRow);
    statusBar()->addWidget(m_status, 1);
    createActions();

    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &ReviewWindow::folderChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_scanner, &FolderScanner::listed, this, &ReviewWindow::fileListed);
    connect(m_scanner, &FolderScanner::rowReady, m_model, &ReviewTableModel::setRow);
    connect(m_scanner, &FolderScanner::rowReady, this, &ReviewWindow::updateStatus);
    connect(m_scanner, &FolderScanner::finished, this, [this] {
        updateStatus();
        m_table->resizeColumnsToContents();
    });
    resize(1280, 720);
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("ReviewToolBar"));
    bar->setMovable(false);
    QAction *refresh = bar->addAction(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] { openFolder(m_scanner->folder()); });
    connect(bar->addAction(tr("Export CSV…")), &QAction::triggered, this, &ReviewWindow::askExportCsv);
    connect(bar->addAction(tr("Export Excel…")), &QAction::triggered, this, &ReviewWindow::askExportXlsx);
    connect(bar->addAction(tr("Batch PDF…")), &QAction::triggered, this, &ReviewWindow::askExportPdfs);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Filter:"), bar));
    m_filter->setMaximumWidth(360);
    bar->addWidget(m_filter);
    bar->addWidget(m_kind);
}

void ReviewWindow::openFolder(const QString &folder)
{
    setWindowTitle(tr("Review — %1").arg(QDir::toNativeSeparators(folder)));
    m_model->clear();
    m_scanner->scan(folder);
    watchFolder();
    updateStatus();
}

void ReviewWindow::fileListed(const QStringList &paths)
{
    m_known = paths;
}

void ReviewWindow::watchFolder()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    QStringList paths { m_scanner->folder() };
    QDirIterator it(m_scanner->folder(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths += m_known;
    m_watcher->addPaths(paths);
}

void ReviewWindow::folderChanged()
{
    // New files and files whose time changed are read again; rows of removed files go.
    const QStringList paths = FolderReview::filesUnder(m_scanner->folder());
    QStringList changed;
    for (const QString &path : paths) {
        bool current = false;
        for (const ReviewRow &row : m_model->rows()) {
            if (row.path == path) {
                current = row.lastChange == DocumentReview::lastChange(path);
                break;
            }
        }
        if (!current)
            changed.append(path);
    }
    m_model->keepOnly(paths);
    m_known = paths;
    watchFolder();
    if (!changed.isEmpty())
        m_scanner->reread(changed);
    updateStatus();
}

void ReviewWindow::openRow(const QModelIndex &index)
{
    const QString path = index.data(ReviewTableModel::PathRole).toString();
    if (ReviewRow::FileKind(index.data(ReviewTableModel::KindRole).toInt()) == ReviewRow::FileKind::PublishedPdf)
        emit importRequested(path, index.data(ReviewTableModel::ProfileRole).toString());
    else
        emit openRequested(path);
}

void ReviewWindow::updateStatus()
{
    int pdfs = 0;
    int unreadable = 0;
    int withErrors = 0;
    for (const ReviewRow &row : m_model->rows()) {
        pdfs += row.isPublishedPdf() ? 1 : 0;
        unreadable += row.isReadable() ? 0 : 1;
        withErrors += row.errors > 0 ? 1 : 0;
    }
    QString text = tr("%n document(s)", nullptr, int(m_model->rows().size()) - pdfs) + QLatin1String("  ")
            + tr("%n published PDF(s)", nullptr, pdfs);
    if (m_scanner->isRunning())
        text = tr("Reading %1 of %2…").arg(m_scanner->done()).arg(m_scanner->total()) + QLatin1String("  ") + text;
    text += QLatin1String("  ") + tr("%n with audit errors", nullptr, withErrors);
    text += QLatin1String("  ") + tr("%n could not be read", nullptr, unreadable);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += QLatin1String("  ") + tr("%n shown", nullptr, m_proxy->rowCount());
    m_status->setText(text);
}

bool ReviewWindow::exportCsv(const QString &path)
{
    const QByteArray csv = ReviewReport::toCsv(visibleRows(*m_proxy, *m_model));
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
    return report(ok, path, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool ReviewWindow::exportXlsx(const QString &path)
{
    QString error;
    const bool ok = ReviewWorkbook::write(visibleRows(*m_proxy, *m_model), path, &error);
    return report(ok, path, error);
}

bool ReviewWindow::report(bool ok, const QString &path, const QString &error)
{
    if (ok)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export"), error);
    return ok;
}

void ReviewWindow::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_scanner->folder(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReviewWindow::askExportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Excel"), m_scanner->folder(),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportXlsx(path);
}

BatchPdfDialog *ReviewWindow::exportPdfs(const QString &outputFolder, bool final)
{
    QStringList documents;
    // A published PDF is printed already: only documents become PDFs.
    for (const ReviewRow &row : visibleRows(*m_proxy, *m_model)) {
        if (row.isReadable() && !row.isPublishedPdf())
            documents.append(row.path);
    }
    auto *dialog = new BatchPdfDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchPdfDialog::done, this, [this, dialog] {
        statusBar()->showMessage(dialog->summary().section(QLatin1Char('\n'), 0, 0), 10000);
    });
    dialog->start(BatchPdf::jobsFor(documents, m_scanner->folder(), outputFolder), final);
    return dialog;
}

void ReviewWindow::askExportPdfs()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Batch PDF: folder for the PDFs"));
    if (folder.isEmpty())
        return;
    BatchPdfDialog *dialog = exportPdfs(folder, false);
    connect(dialog, &BatchPdfDialog::done, this, [this, dialog] {
        QMessageBox::information(this, tr("Batch PDF"), dialog->summary());
        dialog->close();
    });
}
