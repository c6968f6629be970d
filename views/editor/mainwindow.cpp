#include "editor/mainwindow.h"

#include "editor/appsettings.h"
#include "audit/auditdock.h"
#include "audit/auditrunner.h"
#include "print/disclosureprinter.h"
#include "exchange/exchangeactions.h"
#include "document/document.h"
#include "editor/editorworkspace.h"
#include "editor/filedialogs.h"
#include "editor/languageswitcher.h"
#include "models/navigationmodel.h"
#include "editor/startpage.h"
#include "history/historyactions.h"
#include "history/historydock.h"
#include "pdfimport/pdfimportdialog.h"
#include "rollup/rollupactions.h"
#include "review/reviewactions.h"
#include "signoff/signoffactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QSet>
#include <QStatusBar>
#include <QTime>
#include <QUndoStack>

namespace {

constexpr int ZoomStep = 10;
constexpr int StatusTimeout = 5000;

} // namespace

MainWindow::MainWindow(const TemplateLibrary &library, AppSettings &settings, LanguageSwitcher &languages,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_languages(languages)
    , m_centre(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_workspace(new EditorWorkspace(this))
    , m_audit(new AuditDock(this))
    , m_printer(new DisclosurePrinter(settings.store(), this))
    , m_exchange(new ExchangeActions(library, this))
    , m_rollup(new RollupActions(library, this))
    , m_history(new HistoryDock(this))
    , m_historyActions(new HistoryActions(settings, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_centre->addWidget(m_start);
    m_centre->addWidget(m_workspace);
    setCentralWidget(m_centre);
    m_audit->setObjectName(QStringLiteral("AuditDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_audit);
    connect(m_audit, &AuditDock::locationActivated, m_workspace,
            [this](const FindingLocation &location) { m_workspace->showLocation(location); });
    connect(m_audit->runner(), &AuditRunner::findingsChanged, this, &MainWindow::markFindings);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    m_history->hide();
    connect(m_workspace, &EditorWorkspace::entryShown, m_history, &HistoryDock::setCurrentEntry);
    connect(m_workspace, &EditorWorkspace::cellHistoryRequested, m_history, &HistoryDock::showCell);
    connect(m_printer, &DisclosurePrinter::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), StatusTimeout);
    });
    m_workspace->setUnit(settings.unit());
    m_history->setUnit(settings.unit());
    m_workspace->setZoom(settings.zoom());
    createActions();
    createMenus();
    createSignoff();
    auto *review = new ReviewActions(library, this);
    m_fileMenu->insertAction(m_recentMenu->menuAction(), review->openFolderAction());
    connect(review, &ReviewActions::openRequested, this, &MainWindow::openFile);
    connect(review, &ReviewActions::importRequested, this, [this](const QString &pdf, const QString &templateId) {
        if (std::unique_ptr<Document> imported = PdfImportDialog::run(this, m_library, pdf, templateId))
            setDocument(std::move(imported));
    });
    statusBar();
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newDocument);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openFile);
    connect(m_exchange, &ExchangeActions::openRequested, this, &MainWindow::openFile);
    connect(m_rollup, &RollupActions::openRequested, this, &MainWindow::openFile);
    connect(m_start, &StartPage::forgetRequested, this, &MainWindow::forgetRecentFile);
    retranslate();
    updateRecentMenu();
    updateDocumentActions();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1400, 900);
    restoreState(settings.windowState());
}

MainWindow::~MainWindow()
{
    // Editors, the audit and the printer hold the document: they let go first.
    m_workspace->setDocument(nullptr);
    m_signoff->setDocument(nullptr);
    m_audit->setDocument(nullptr);
    m_printer->setDocument(nullptr);
    m_history->setDocument(nullptr);
    releaseDocument();
}

void MainWindow::releaseDocument()
{
    // A dying document's undo stack still emits indexChanged from ~QUndoStack; the window must
    // not hear it, whether it is in the middle of switching documents or being destroyed itself.
    if (!m_document)
        return;
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document.get(), nullptr, this, nullptr);
    m_document.reset();
}

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newDocument);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::open);
    m_saveCopy = new QAction(this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    m_importPdf = new QAction(this);
    connect(m_importPdf, &QAction::triggered, this, [this] {
        if (std::unique_ptr<Document> imported = PdfImportDialog::run(this, m_library))
            setDocument(std::move(imported));
    });
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, [this] { setDocument(nullptr); });
    m_preview = new QAction(this);
    connect(m_preview, &QAction::triggered, m_printer, &DisclosurePrinter::preview);
    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, m_printer, &DisclosurePrinter::print);
    m_pageSetup = new QAction(this);
    connect(m_pageSetup, &QAction::triggered, m_printer, &DisclosurePrinter::pageSetup);
    m_exportPdf = new QAction(this);
    connect(m_exportPdf, &QAction::triggered, this, [this] { m_printer->exportPdf(false); });
    m_exportFinalPdf = new QAction(this);
    connect(m_exportFinalPdf, &QAction::triggered, this, [this] { m_printer->exportPdf(true); });
    m_exportOdt = new QAction(this);
    connect(m_exportOdt, &QAction::triggered, m_printer, &DisclosurePrinter::exportOdt);
    m_showAudit = m_audit->toggleViewAction();
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] { m_document->undoStack()->undo(); });
    m_redo = new QAction(this);
    // Excel's Ctrl+Y and the desktop's Ctrl+Shift+Z both redo.
    m_redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    connect(m_redo, &QAction::triggered, this, [this] { m_document->undoStack()->redo(); });
    m_cut = new QAction(this);
    m_cut->setShortcut(QKeySequence::Cut);
    connect(m_cut, &QAction::triggered, this, [this] { forwardToFocus("cut"); });
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, [this] { forwardToFocus("copy"); });
    m_paste = new QAction(this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, [this] { forwardToFocus("paste"); });
    m_selectAll = new QAction(this);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAll, &QAction::triggered, this, [this] { forwardToFocus("selectAll"); });

    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    m_zoomReset = new QAction(this);
    connect(m_zoomReset, &QAction::triggered, this, [this] { zoomBy(0); });
    auto *units = new QActionGroup(this);
    m_wanyuan = units->addAction(Money::unitName(MoneyUnit::Wanyuan));
    m_yuan = units->addAction(Money::unitName(MoneyUnit::Yuan));
    m_wanyuan->setCheckable(true);
    m_yuan->setCheckable(true);
    (m_workspace->unit() == MoneyUnit::Yuan ? m_yuan : m_wanyuan)->setChecked(true);
    connect(units, &QActionGroup::triggered, this, [this](QAction *action) {
        const MoneyUnit unit = action == m_yuan ? MoneyUnit::Yuan : MoneyUnit::Wanyuan;
        m_workspace->setUnit(unit);
        m_history->setUnit(unit);
        m_settings.setUnit(unit);
    });

    m_languageGroup = new QActionGroup(this);
    m_systemLanguage = m_languageGroup->addAction(QString());
    m_systemLanguage->setCheckable(true);
    m_systemLanguage->setData(QString());
    for (const QString &code : LanguageSwitcher::available()) {
        QAction *action = m_languageGroup->addAction(LanguageSwitcher::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
    }
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_settings.language());
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importPdf);
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ m_preview, m_print, m_pageSetup });
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ m_exportPdf, m_exportFinalPdf, m_exportOdt });
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_exchange->actions());
    m_fileMenu->addActions(m_rollup->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({ m_undo, m_redo });
    m_editMenu->addSeparator();
    m_editMenu->addActions({ m_cut, m_copy, m_paste });
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_selectAll);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_rollup->sourcesAction());
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({ m_zoomIn, m_zoomOut, m_zoomReset });
    m_viewMenu->addSeparator();
    m_unitMenu = m_viewMenu->addMenu(QString());
    m_unitMenu->addActions({ m_wanyuan, m_yuan });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showAudit);
    m_viewMenu->addAction(m_history->toggleViewAction());
    m_viewMenu->addAction(m_historyActions->compactAction());
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
}

void MainWindow::createSignoff()
{
    m_signoff = new SignoffActions(m_settings, this);
    addDockWidget(Qt::RightDockWidgetArea, m_signoff->dock());
    tabifyDockWidget(m_audit, m_signoff->dock());
    m_audit->raise();
    m_signoff->attach(m_workspace->tree());
    m_signoff->attachAudit(m_audit);
    m_settingsMenu->addAction(m_signoff->nameAction());
    m_viewMenu->addAction(m_signoff->dock()->toggleViewAction());
    connect(m_workspace, &EditorWorkspace::cellCommentRequested, m_signoff, &SignoffActions::commentOnCell);
    connect(m_signoff, &SignoffActions::targetActivated, this, [this](const QString &target) {
        if (target.startsWith(QLatin1String("cell:")))
            m_workspace->showCell(CellRef::fromString(target.mid(5)));
        else
            m_workspace->showEntry(target.startsWith(QLatin1String("project:")) ? QStringLiteral("projects") : target);
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_exchange->retranslate();
    m_rollup->retranslate();
    m_historyActions->retranslate();
    m_new->setText(tr("&New…"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopy->setText(tr("Save a &Copy As…"));
    m_importPdf->setText(tr("&Import PDF…"));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_preview->setText(tr("Print Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_pageSetup->setText(tr("Page Set&up…"));
    m_exportPdf->setText(tr("Export &PDF (draft)…"));
    m_exportFinalPdf->setText(tr("Export &Final PDF…"));
    m_exportOdt->setText(tr("Export &ODT for Word/WPS…"));
    m_showAudit->setText(tr("&Audit Findings"));
    m_editMenu->setTitle(tr("&Edit"));
    m_cut->setText(tr("Cu&t"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_selectAll->setText(tr("Select &All"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Normal Size"));
    m_unitMenu->setTitle(tr("Display &Unit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System Language"));
    updateUndoActions();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::setLanguage(const QString &code)
{
    m_languages.setLanguage(code);
    m_settings.setLanguage(code);
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_workspace->setDocument(document.get());
    m_signoff->setDocument(document.get());
    m_audit->setDocument(document.get());
    m_printer->setDocument(document.get());
    m_exchange->setDocument(document.get());
    m_rollup->setDocument(document.get());
    m_history->setDocument(document.get());
    m_historyActions->setDocument(document.get());
    releaseDocument();
    m_document = std::move(document);
    m_allSaved = false;
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(m_document.get(), &Document::saved, this, [this] {
            m_allSaved = true;
            updateTitle();
            statusBar()->showMessage(tr("Saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                                     StatusTimeout);
        });
        connect(m_document.get(), &Document::saveFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Changes not saved"));
            QMessageBox::critical(this, tr("Changes not saved"), message);
        });
        connect(m_document.get(), &Document::readOnlyChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &Document::departmentChanged, this, &MainWindow::updateTitle);
        if (!m_document->filePath().isEmpty()) {
            m_settings.addRecentFile(m_document->filePath());
            updateRecentMenu();
        }
    }
    m_centre->setCurrentWidget(m_document ? static_cast<QWidget *>(m_workspace) : m_start);
    updateDocumentActions();
    updateUndoActions();
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    std::unique_ptr<Document> opened = FileDialogs::open(this, path, m_library);
    if (!opened) {
        updateRecentMenu(); // a recent file that went missing is marked so, not dropped
        return false;
    }
    setDocument(std::move(opened));
    return true;
}

void MainWindow::newDocument()
{
    if (std::unique_ptr<Document> created = FileDialogs::createNew(this, m_library))
        setDocument(std::move(created));
}

void MainWindow::open()
{
    const QString dir = m_document ? QFileInfo(m_document->filePath()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a disclosure"), dir,
                                                      tr("Final accounts (*.fadb)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    const QString path = FileDialogs::saveCopy(this, *m_document);
    if (path.isEmpty())
        return;
    m_settings.addRecentFile(path);
    updateRecentMenu();
    // A read-only document is continued in its copy, which can be edited.
    if (m_document->isReadOnly())
        openFile(path);
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), StatusTimeout);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Final Accounts Editor"));
        return;
    }
    const QString path = m_document->filePath();
    QString name = path.isEmpty() ? m_document->data().department.name : QFileInfo(path).fileName();
    QString title = tr("%1 — Final Accounts Editor").arg(name);
    if (m_document->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    else if (m_allSaved)
        title += QStringLiteral(" — ") + tr("all changes saved");
    setWindowTitle(title);
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &path : files) {
        const QString shown = QDir::toNativeSeparators(path);
        if (QFileInfo::exists(path)) {
            QAction *action = m_recentMenu->addAction(shown);
            connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
        } else {
            // A file on a disconnected drive may come back: the user decides when to forget it.
            QAction *action = m_recentMenu->addAction(tr("%1 (missing — click to remove from the list)").arg(shown));
            connect(action, &QAction::triggered, this, [this, path] { forgetRecentFile(path); });
        }
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_start->setRecentFiles(files);
}

void MainWindow::forgetRecentFile(const QString &path)
{
    m_settings.removeRecentFile(path);
    updateRecentMenu();
    statusBar()->showMessage(tr("Removed %1 from the recent files").arg(QDir::toNativeSeparators(path)), StatusTimeout);
}

void MainWindow::updateDocumentActions()
{
    const bool open = m_document != nullptr;
    for (QAction *action : { m_saveCopy, m_close, m_cut, m_copy, m_paste, m_selectAll, m_preview, m_print,
                             m_pageSetup, m_exportPdf, m_exportFinalPdf, m_exportOdt })
        action->setEnabled(open);
}

void MainWindow::zoomBy(int steps)
{
    const int zoom = steps == 0 ? 100 : qBound(50, m_workspace->zoom() + steps * ZoomStep, 300);
    m_workspace->setZoom(zoom);
    m_settings.setZoom(zoom);
}

void MainWindow::forwardToFocus(const char *slot)
{
    // QLineEdit, QPlainTextEdit and the table views all have these slots under these names.
    QWidget *focus = QApplication::focusWidget();
    const QByteArray signature = QByteArray(slot) + "()";
    if (focus && focus->metaObject()->indexOfMethod(signature.constData()) >= 0)
        QMetaObject::invokeMethod(focus, slot);
}

void MainWindow::markFindings()
{
    // Each error or unexplained warning marks the navigation entries its locations lie in;
    // an explained one (info) no longer asks for attention.
    QSet<QString> entries;
    for (const Finding &finding : m_audit->runner()->findings()) {
        if (finding.severity == Severity::Info)
            continue;
        for (const FindingLocation &location : finding.locations) {
            switch (location.kind) {
            case FindingLocation::Kind::Cell:
                if (const TableDef *table = m_document ? m_document->reportTemplate().table(location.cell.sheet) : nullptr)
                    entries.insert((table->statutory ? QStringLiteral("table:") : QStringLiteral("sheet:"))
                                   + location.cell.sheet);
                break;
            case FindingLocation::Kind::Project:
                entries.insert(QStringLiteral("projects"));
                break;
            case FindingLocation::Kind::Department:
                entries.insert(QStringLiteral("department"));
                break;
            case FindingLocation::Kind::Text:
                entries.insert(m_workspace->navigation()->indexOfEntry(QStringLiteral("text:") + location.textKey).isValid()
                                       ? QStringLiteral("text:") + location.textKey
                                       : QStringLiteral("narrative"));
                break;
            }
        }
    }
    m_workspace->navigation()->setEntriesWithFindings(entries);
}
