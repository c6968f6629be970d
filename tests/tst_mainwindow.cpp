#include "editor/appsettings.h"
#include "audit/auditdock.h"
#include "audit/auditrunner.h"
#include "audit/finding.h"
#include "document/document.h"
#include "store/documentstore.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "models/navigationmodel.h"
#include "editor/tableformeditor.h"
#include "models/tableformmodel.h"
#include "editor/tableformview.h"
#include "narrative/narrativeview.h"
#include "print/finalexportdialog.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The assembled main window: menus, languages, opening files, title and read-only state.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void languageSwitchRetranslatesMenus();
    void openingShowsTheTablesAndTitle();
    void openingFailureIsExplainedInADialog();
    void undoActionFollowsTheDocument();
    void dyingDocumentDoesNotReachTheWindow();
    void readOnlyDocumentIsMarked();
    void everyNavigationEntryHasAnEditor();
    void unitMenuSwitchesEveryTable();
    void auditFindingsMarkNavigationAndJump();
    void narrativeFigureJumpsToItsCell();
    void printActionsFollowTheDocument();
    void ctrlYAndCtrlShiftZRedo();
    void finalExportIsRefusedWhileAReasonIsEmpty();
    void missingRecentFileIsShownAndRemovable();
    void statusBarConfirmsSaving();

private:
    QStringList menuTitles() const;
    QAction *action(const QString &menu, const QString &text) const;
    QString writeSample();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_store = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_store->clear();
    m_settings = std::make_unique<AppSettings>(*m_store);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(u"en"_s);
    m_window = std::make_unique<MainWindow>(TestSupport::library(), *m_settings, *m_languages);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
    m_store.reset();
}

QStringList TestMainWindow::menuTitles() const
{
    QStringList titles;
    for (QAction *menu : m_window->menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

QAction *TestMainWindow::action(const QString &menu, const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->text() != menu)
            continue;
        const QList<QAction *> actions = top->menu()->actions();
        for (QAction *item : actions) {
            if (item->text() == text)
                return item;
            if (item->menu()) {
                for (QAction *sub : item->menu()->actions()) {
                    if (sub->text() == text)
                        return sub;
                }
            }
        }
    }
    return nullptr;
}

QString TestMainWindow::writeSample()
{
    const QString path = m_dir.filePath(u"sample.fadb"_s);
    QString error;
    const bool written = DocumentStore::create(path, TestSupport::sampleDocument()->data(), true, &error);
    return written ? path : QString();
}

void TestMainWindow::languageSwitchRetranslatesMenus()
{
    QCOMPARE(menuTitles(), QStringList({ u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Settings"_s }));
    QCOMPARE(m_window->windowTitle(), u"Final Accounts Editor"_s);
    QAction *chinese = action(u"&Settings"_s, u"简体中文"_s);
    QVERIFY(chinese);
    chinese->trigger();
    // Qt posts QEvent::LanguageChange to the windows; the menus follow at the next event loop turn.
    QTRY_COMPARE(menuTitles(), QStringList({ u"文件(&F)"_s, u"编辑(&E)"_s, u"视图(&V)"_s, u"设置(&S)"_s }));
    QCOMPARE(m_window->windowTitle(), u"决算编辑器"_s);
    QVERIFY(action(u"编辑(&E)"_s, u"粘贴(&P)"_s));
    QCOMPARE(m_settings->language(), u"zh_CN"_s);
    action(u"设置(&S)"_s, u"English"_s)->trigger();
    QTRY_COMPARE(menuTitles().first(), u"&File"_s);
    QCOMPARE(m_settings->language(), u"en"_s);
}

void TestMainWindow::openingShowsTheTablesAndTitle()
{
    const QString path = writeSample();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->windowTitle(), u"sample.fadb — Final Accounts Editor"_s);
    QCOMPARE(m_window->workspace()->currentEntry(), u"table:T1"_s);
    QCOMPARE(m_settings->recentFiles(), QStringList({ path }));
    TableFormEditor *t1 = m_window->workspace()->tableEditor(u"T1"_s);
    QVERIFY(t1 && t1->isVisible());
    QVERIFY(m_window->workspace()->showEntry(u"table:T5"_s));
    TableFormModel *t5 = m_window->workspace()->tableEditor(u"T5"_s)->model();
    QVERIFY(t5->setData(t5->indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s }), u"1"_s));
    QCOMPARE(m_window->windowTitle(), u"sample.fadb — Final Accounts Editor — all changes saved"_s);
    // The edit was written through: the file has it without any save.
    m_window->setDocument(nullptr);
    QCOMPARE(m_window->windowTitle(), u"Final Accounts Editor"_s);
    DocumentStore::OpenResult reopened = DocumentStore::open(path);
    QCOMPARE(reopened.data.cells.value({ u"T5"_s, u"2010601"_s, u"basic"_s }), 1'000'000);
}

void TestMainWindow::openingFailureIsExplainedInADialog()
{
    const QString path = m_dir.filePath(u"broken.fadb"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text() + u'\n' + box->informativeText();
        box->accept();
    });
    QVERIFY(!m_window->openFile(path));
    QVERIFY(shown.contains(u"broken.fadb"_s));
    QVERIFY(shown.contains(u"Choose a file saved by this editor"_s));
    QCOMPARE(m_window->document(), nullptr);
}

void TestMainWindow::undoActionFollowsTheDocument()
{
    m_window->setDocument(TestSupport::sampleDocument());
    QAction *undo = action(u"&Edit"_s, u"&Undo"_s);
    QVERIFY(undo && !undo->isEnabled());
    m_window->workspace()->showEntry(u"table:T5"_s);
    TableFormModel *t5 = m_window->workspace()->tableEditor(u"T5"_s)->model();
    QVERIFY(t5->setData(t5->indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s }), u"1"_s));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Edit 一般公共预算财政拨款支出决算表 · 行政运行 · 基本支出"_s);
    undo->trigger();
    QCOMPARE(m_window->document()->value({ u"T5"_s, u"2010601"_s, u"basic"_s }), 556'630'000);
    QAction *redo = action(u"&Edit"_s, u"&Redo Edit 一般公共预算财政拨款支出决算表 · 行政运行 · 基本支出"_s);
    QVERIFY(redo && redo->isEnabled());
}

void TestMainWindow::dyingDocumentDoesNotReachTheWindow()
{
    // ~QUndoStack clears a stack with history and emits indexChanged. Under UBSan, a window
    // that still listens reports a vptr error when it dies after its members (the document).
    const CellRef ref { u"T5"_s, u"2010601"_s, u"basic"_s };
    QString error;
    m_window->setDocument(TestSupport::sampleDocument());
    QVERIFY2(m_window->document()->enterCell(ref, u"1"_s, MoneyUnit::Wanyuan, &error), qPrintable(error));
    const QPointer<QUndoStack> first = m_window->document()->undoStack();
    QAction *undo = action(u"&Edit"_s, u"&Undo Edit 一般公共预算财政拨款支出决算表 · 行政运行 · 基本支出"_s);
    QVERIFY(undo && undo->isEnabled());

    m_window->setDocument(TestSupport::sampleDocument());
    QVERIFY(first.isNull());
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo"_s);

    QVERIFY2(m_window->document()->enterCell(ref, u"2"_s, MoneyUnit::Wanyuan, &error), qPrintable(error));
    QVERIFY(undo->isEnabled());
    m_window.reset();
}

void TestMainWindow::readOnlyDocumentIsMarked()
{
    std::unique_ptr<Document> document = TestSupport::sampleDocument();
    document->setReadOnly(true, u"Opened elsewhere."_s);
    m_window->setDocument(std::move(document));
    QVERIFY(m_window->windowTitle().endsWith(u"[read-only]"_s));
    bool bannerShown = false;
    for (const QLabel *label : m_window->workspace()->findChildren<QLabel *>())
        bannerShown = bannerShown || (label->isVisible() && label->text().contains(u"Opened elsewhere."_s));
    QVERIFY(bannerShown);
    TableFormModel *t1 = m_window->workspace()->tableEditor(u"T1"_s)->model();
    QVERIFY(!(t1->flags(t1->indexOf({ u"T1"_s, u"I_NFB"_s, u"amount"_s })) & Qt::ItemIsEditable));
}

void TestMainWindow::everyNavigationEntryHasAnEditor()
{
    m_window->setDocument(TestSupport::sampleDocument());
    const NavigationModel *navigation = m_window->workspace()->navigation();
    int entries = 0;
    for (int part = 0; part < navigation->rowCount(); ++part) {
        const QModelIndex partIndex = navigation->index(part, 0);
        QList<QModelIndex> leaves;
        if (navigation->rowCount(partIndex) == 0)
            leaves.append(partIndex);
        for (int row = 0; row < navigation->rowCount(partIndex); ++row)
            leaves.append(navigation->index(row, 0, partIndex));
        for (const QModelIndex &leaf : std::as_const(leaves)) {
            const QString entry = leaf.data(NavigationModel::EntryRole).toString();
            m_window->workspace()->tree()->setCurrentIndex(leaf); // as a click would
            QCOMPARE(m_window->workspace()->currentEntry(), entry);
            QVERIFY2(m_window->workspace()->editor(entry)->isVisible(), qPrintable(entry));
            ++entries;
        }
    }
    // the order of work, department, Part 1 texts, 9 tables, the generated explanation, 5 sheets,
    // projects and reasons, 5 Part 3 texts, Part 4, Part 5, charts
    QCOMPARE(entries, 1 + 1 + 2 + 9 + 1 + 5 + 2 + 5 + 1 + 1 + 1);
}

void TestMainWindow::unitMenuSwitchesEveryTable()
{
    m_window->setDocument(TestSupport::sampleDocument());
    m_window->workspace()->showEntry(u"table:T5"_s);
    action(u"&View"_s, u"元"_s)->trigger();
    m_window->workspace()->showEntry(u"table:T4"_s); // made after the switch
    const TableFormModel *t4 = m_window->workspace()->tableEditor(u"T4"_s)->model();
    const TableFormModel *t5 = m_window->workspace()->tableEditor(u"T5"_s)->model();
    QCOMPARE(t5->indexOf({ u"T5"_s, u"total"_s, u"total"_s }).data().toString(), u"41,164,200.00"_s);
    QCOMPARE(t4->indexOf({ u"T4"_s, u"E_SUM"_s, u"gpb"_s }).data().toString(), u"41,164,200.00"_s);
    QCOMPARE(m_settings->unit(), MoneyUnit::Yuan);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::auditFindingsMarkNavigationAndJump()
{
    m_window->setDocument(TestSupport::sampleDocument());
    auto *dock = m_window->findChild<AuditDock *>();
    QVERIFY(dock);
    QTRY_VERIFY(!dock->runner()->findings().isEmpty());
    const NavigationModel *navigation = m_window->workspace()->navigation();
    // The sample's project list does not add up to T5's project spending (rule P-01), and
    // 20106 is a finance department's 款 (D-01): both point into T5. T9's findings are all
    // explained by the sample's reasons (infos), which ask for no attention.
    QTRY_COMPARE(navigation->indexOfEntry(u"table:T5"_s).data(NavigationModel::StatusRole).toInt(),
                 int(NavigationModel::HasFindings));
    QCOMPARE(navigation->indexOfEntry(u"table:T9"_s).data(NavigationModel::StatusRole).toInt(),
             int(NavigationModel::Filled));
    QCOMPARE(navigation->indexOfEntry(u"table:T7"_s).data(NavigationModel::StatusRole).toInt(),
             int(NavigationModel::Empty));

    emit dock->locationActivated(FindingLocation::atCell({ u"T6"_s, u"30217"_s, u"amount"_s }), {});
    QCOMPARE(m_window->workspace()->currentEntry(), u"table:T6"_s);
    const TableFormEditor *t6 = m_window->workspace()->tableEditor(u"T6"_s);
    QCOMPARE(t6->view()->currentIndex(), t6->model()->indexOf({ u"T6"_s, u"30217"_s, u"amount"_s }));
}

void TestMainWindow::narrativeFigureJumpsToItsCell()
{
    m_window->setDocument(TestSupport::sampleDocument());
    QVERIFY(m_window->workspace()->showEntry(u"narrative"_s));
    auto *view = qobject_cast<NarrativeView *>(m_window->workspace()->editor(u"narrative"_s));
    QVERIFY(view);
    emit view->cellActivated({ u"T5"_s, u"2010601"_s, u"total"_s });
    QCOMPARE(m_window->workspace()->currentEntry(), u"table:T5"_s);
    const TableFormEditor *t5 = m_window->workspace()->tableEditor(u"T5"_s);
    QCOMPARE(t5->view()->currentIndex(), t5->model()->indexOf({ u"T5"_s, u"2010601"_s, u"total"_s }));
}

void TestMainWindow::printActionsFollowTheDocument()
{
    m_window->setDocument(nullptr);
    QVERIFY(!action(u"&File"_s, u"Export &PDF (draft)…"_s)->isEnabled());
    m_window->setDocument(TestSupport::sampleDocument());
    for (const QString &text : { u"Print Pre&view…"_s, u"&Print…"_s, u"Export &PDF (draft)…"_s,
                                 u"Export &Final PDF…"_s, u"Export &ODT for Word/WPS…"_s })
        QVERIFY2(action(u"&File"_s, text)->isEnabled(), qPrintable(text));
}

void TestMainWindow::ctrlYAndCtrlShiftZRedo()
{
    m_window->setDocument(TestSupport::sampleDocument());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const CellRef cell { u"T5"_s, u"2010601"_s, u"basic"_s };
    QString error;
    QVERIFY(m_window->document()->enterCell(cell, u"600"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(m_window->document()->value(cell), 6'000'000'00);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->value(cell), 556'630'000);
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_window->document()->value(cell), 6'000'000'00);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->value(cell), 6'000'000'00);
}

void TestMainWindow::finalExportIsRefusedWhileAReasonIsEmpty()
{
    m_window->setDocument(TestSupport::sampleDocument());
    QStringList listed;
    QStringList buttons;
    QTimer::singleShot(0, this, [&listed, &buttons] {
        auto *dialog = qobject_cast<FinalExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (int row = 0; row < dialog->list()->count(); ++row)
            listed.append(dialog->list()->item(row)->text());
        for (const QPushButton *button : dialog->findChildren<QPushButton *>())
            buttons.append(button->text());
        dialog->reject();
    });
    action(u"&File"_s, u"Export &Final PDF…"_s)->trigger();
    QVERIFY(!listed.isEmpty());
    QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                         [](const QString &item) { return item.startsWith(u"Reason to write — "_s); }),
             qPrintable(listed.join(u'\n')));
    // Only a draft is offered, never the final version.
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.contains(u"Export as &Draft…"_s));
    QVERIFY(!buttons.join(u' ').contains(u"Final"_s, Qt::CaseInsensitive));
}

void TestMainWindow::missingRecentFileIsShownAndRemovable()
{
    const QString path = m_dir.filePath(u"gone.fadb"_s);
    m_settings->addRecentFile(path);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(m_settings->recentFiles(), QStringList({ path })); // kept, and marked
    QAction *missing = action(u"&File"_s, QDir::toNativeSeparators(path) + u" (missing — click to remove from the list)"_s);
    QVERIFY(missing);
    missing->trigger();
    QVERIFY(m_settings->recentFiles().isEmpty());
}

void TestMainWindow::statusBarConfirmsSaving()
{
    QVERIFY(m_window->openFile(writeSample()));
    TableFormModel *t5 = nullptr;
    QVERIFY(m_window->workspace()->showEntry(u"table:T5"_s));
    t5 = m_window->workspace()->tableEditor(u"T5"_s)->model();
    QVERIFY(t5->setData(t5->indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s }), u"1"_s));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Saved at "_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

#include "tst_mainwindow.moc"
