#pragma once

#include <QMainWindow>

#include <memory>

class AppSettings;
class AuditDock;
class DisclosurePrinter;
class Document;
class EditorWorkspace;
class ExchangeActions;
class HistoryActions;
class HistoryDock;
class LanguageSwitcher;
class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class RollupActions;
class SignoffActions;
class StartPage;
class TemplateLibrary;

// The editor's main window. It only assembles: menus and their actions, the workspace of
// navigation and editors, the start page when no document is open, and the title that says
// which file is open and whether all changes are saved. It owns the open document.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const TemplateLibrary &library, AppSettings &settings, LanguageSwitcher &languages,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file, explaining any failure in a dialog; true if it is now the open document.
    bool openFile(const QString &path);
    // Makes `document` the open one (nullptr closes), replacing the previous document.
    void setDocument(std::unique_ptr<Document> document);
    Document *document() const { return m_document.get(); }
    EditorWorkspace *workspace() const { return m_workspace; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createSignoff();
    void retranslate();
    void updateTitle();
    void updateUndoActions();
    // Disconnects the document from the window, then destroys it.
    void releaseDocument();
    void updateRecentMenu();
    void forgetRecentFile(const QString &path);
    void updateDocumentActions();
    void newDocument();
    void open();
    void saveCopy();
    void setLanguage(const QString &code);
    void zoomBy(int steps);
    // Sends an edit command (copy, paste…) to whichever widget has the focus.
    void forwardToFocus(const char *slot);
    void markFindings();

    const TemplateLibrary &m_library;
    AppSettings &m_settings;
    LanguageSwitcher &m_languages;
    std::unique_ptr<Document> m_document;
    bool m_allSaved = false;
    QStackedWidget *m_centre;
    StartPage *m_start;
    EditorWorkspace *m_workspace;
    AuditDock *m_audit;
    SignoffActions *m_signoff = nullptr;
    DisclosurePrinter *m_printer;
    ExchangeActions *m_exchange;
    RollupActions *m_rollup;
    HistoryDock *m_history;
    HistoryActions *m_historyActions;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_unitMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_importPdf = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_pageSetup = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportFinalPdf = nullptr;
    QAction *m_exportOdt = nullptr;
    QAction *m_showAudit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_wanyuan = nullptr;
    QAction *m_yuan = nullptr;
    QAction *m_systemLanguage = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
