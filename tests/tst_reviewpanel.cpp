// Review and sign-off in the editor: the navigation's review badges, its context menu, the
// review panel's steps (each one undoable), comments and signatures, driven as a user would.
// With FAE_SHOTS set, screenshots of the panel and of a comment are saved there.
#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "models/navigationmodel.h"
#include "signoff/reviewpanel.h"
#include "signoff/reviewstatus.h"
#include "signoff/signdialog.h"
#include "signoff/signoffactions.h"
#include "samplemainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Runs `answer` on the next modal dialog once it shows.
void answerNextDialog(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            answerNextDialog(answer);
            return;
        }
        answer(modal);
    });
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualItemRect(item).center());
}

QTreeWidgetItem *sectionItem(QTreeWidget *tree, const QString &id)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == id)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void panelStepsShowInTheNavigationAndUndo();
    void commentFromTheNavigationAndSignature();

private:
    ReviewPanel *panel() const { return m_window->findChild<ReviewPanel *>(); }
    NavigationModel *navigation() const { return m_window->findChild<EditorWorkspace *>()->navigation(); }
    // Shortcuts reach only the active window; a dialog that was shown takes that away.
    void undoKey(Qt::Key key) const
    {
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, key, Qt::ControlModifier);
    }
    int navigationMark(const QString &entry) const
    {
        return navigation()->indexOfEntry(entry).data(NavigationModel::ReviewRole).toInt();
    }

    std::unique_ptr<SampleMainWindow> m_fixture;
    MainWindow *m_window = nullptr; // the fixture's
};

void TestReviewPanel::init()
{
    m_fixture = std::make_unique<SampleMainWindow>();
    m_window = m_fixture->window();
    QCOMPARE(m_fixture->openSample(), QString());
}

void TestReviewPanel::cleanup()
{
    m_window = nullptr;
    m_fixture.reset();
}

void TestReviewPanel::panelStepsShowInTheNavigationAndUndo()
{
    ReviewPanel *review = panel();
    QVERIFY(review);
    QAbstractItemModelTester tester(navigation(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeWidget *sections = review->sectionList();
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::Draft));

    clickItem(sections, sectionItem(sections, u"table:T1"_s));
    clickItem(sections, sectionItem(sections, u"table:T2"_s), Qt::ControlModifier);
    QTest::mouseClick(review->stateButton(ReviewState::ReadyForReview), Qt::LeftButton);
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::ReadyForReview));
    QCOMPARE(navigationMark(u"table:T2"_s), int(ReviewMark::ReadyForReview));
    // The selection survives the refresh: approve the same two.
    QTest::mouseClick(review->stateButton(ReviewState::Approved), Qt::LeftButton);
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::Approved));
    QCOMPARE(sectionItem(sections, u"table:T1"_s)->text(0), ReviewStatus::name(ReviewMark::Approved));
    QCOMPARE(sectionItem(sections, u"table:T1"_s)->text(2), u"王审核"_s);
    QVERIFY(navigation()->indexOfEntry(u"table:T1"_s).data(Qt::ToolTipRole).toString().contains(
            ReviewStatus::name(ReviewMark::Approved)));

    // Approving a draft directly is not a transition: refused with a message, nothing changes.
    clickItem(sections, sectionItem(sections, u"department"_s));
    QTest::mouseClick(review->stateButton(ReviewState::Approved), Qt::LeftButton);
    QVERIFY(!review->messageLabel()->text().isEmpty());
    QCOMPARE(navigationMark(u"department"_s), int(ReviewMark::Draft));

    // T1 adds up T3's figures: an edit in T3 after approval shows T1 as 审核后已修改 in the
    // navigation and the panel.
    Document *document = m_window->findChild<EditorWorkspace *>()->document();
    const CellRef cell { u"T3"_s, document->data().classRows.value(u"T3"_s).constFirst(), u"basic"_s };
    QString error;
    QVERIFY2(document->enterCell(cell, u"1234.56"_s, MoneyUnit::Wanyuan, &error), qPrintable(error));
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::ModifiedSinceApproval));
    QCOMPARE(sectionItem(sections, u"table:T1"_s)->text(0), ReviewStatus::name(ReviewMark::ModifiedSinceApproval));
    undoKey(Qt::Key_Z);
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::Approved));
    undoKey(Qt::Key_Z);
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::ReadyForReview));
    undoKey(Qt::Key_Y);
    QCOMPARE(navigationMark(u"table:T1"_s), int(ReviewMark::Approved));

    const QString shots = qEnvironmentVariable("FAE_SHOTS");
    if (!shots.isEmpty()) {
        clickItem(sections, sectionItem(sections, u"table:T3"_s));
        QTest::mouseClick(review->stateButton(ReviewState::ReadyForReview), Qt::LeftButton);
        answerNextDialog([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            input->setTextValue(u"第3行“一般公共服务支出”与T1不一致，请核对后重新提交。"_s);
            input->accept();
        });
        QTest::mouseClick(review->stateButton(ReviewState::Returned), Qt::LeftButton);
        m_window->findChild<SignoffActions *>()->dock()->raise();
        m_window->grab().save(shots + u"/review-panel.png"_s);
    }
}

void TestReviewPanel::commentFromTheNavigationAndSignature()
{
    SignoffActions *signoff = m_window->findChild<SignoffActions *>();
    QVERIFY(signoff);
    QTreeView *tree = m_window->findChild<EditorWorkspace *>()->tree();
    const QModelIndex t5 = navigation()->indexOfEntry(u"table:T5"_s);
    tree->scrollTo(t5);
    QMenu *menu = signoff->showNavigationMenu(tree->visualRect(t5).center());
    QVERIFY(menu);
    QAction *comment = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == SignoffActions::tr("Add comment…"))
            comment = action;
    }
    QVERIFY(comment && comment->isEnabled());
    answerNextDialog([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        input->setTextValue(u"“三公”经费合计与明细差0.01万元，请说明尾数差。"_s);
        input->accept();
    });
    comment->trigger();
    menu->close();
    QTreeWidget *comments = panel()->commentList();
    QCOMPARE(comments->topLevelItemCount(), 1);
    QVERIFY(comments->topLevelItem(0)->text(3).startsWith(u"王审核"_s));
    QCOMPARE(comments->topLevelItem(0)->text(2), u"“三公”经费合计与明细差0.01万元，请说明尾数差。"_s);

    // Resolve, then undo the resolution.
    clickItem(comments, comments->topLevelItem(0));
    QTest::mouseClick(panel()->resolveButton(), Qt::LeftButton);
    Document *document = m_window->findChild<EditorWorkspace *>()->document();
    QVERIFY(document->data().signoff.comments.constFirst().resolved);
    undoKey(Qt::Key_Z);
    QVERIFY(!document->data().signoff.comments.constFirst().resolved);

    // Signing with nothing approved is refused where it was asked.
    answerNextDialog([](QWidget *modal) { qobject_cast<QDialog *>(modal)->accept(); });
    QTest::mouseClick(panel()->signButton(), Qt::LeftButton);
    QVERIFY(!panel()->messageLabel()->text().isEmpty());
    QVERIFY(document->data().signoff.signatures.isEmpty());

    QTreeWidget *sections = panel()->sectionList();
    sections->selectAll();
    QTest::mouseClick(panel()->stateButton(ReviewState::ReadyForReview), Qt::LeftButton);
    sections->selectAll();
    QTest::mouseClick(panel()->stateButton(ReviewState::Approved), Qt::LeftButton);
    QVERIFY(ReviewStatus(*document).allApproved());
    answerNextDialog([](QWidget *modal) {
        auto *dialog = qobject_cast<SignDialog *>(modal);
        dialog->findChild<QComboBox *>()->setCurrentIndex(1);
        dialog->accept();
    });
    QTest::mouseClick(panel()->signButton(), Qt::LeftButton);
    QCOMPARE(document->data().signoff.signatures.size(), 1);
    QCOMPARE(document->data().signoff.signatures.constFirst().role, u"审核人"_s);
    QCOMPARE(document->data().signoff.signatures.constFirst().name, u"王审核"_s);
    QCOMPARE(panel()->signatureList()->topLevelItemCount(), 1);

    // Withdrawing needs a signature selected; then it is one undo step like signing.
    QTest::mouseClick(panel()->withdrawButton(), Qt::LeftButton);
    QVERIFY(!panel()->messageLabel()->text().isEmpty());
    QCOMPARE(document->data().signoff.signatures.size(), 1);
    clickItem(panel()->signatureList(), panel()->signatureList()->topLevelItem(0));
    QTest::mouseClick(panel()->withdrawButton(), Qt::LeftButton);
    QVERIFY(document->data().signoff.signatures.isEmpty());
    QCOMPARE(panel()->signatureList()->topLevelItemCount(), 0);
    QCOMPARE(document->data().history.constLast().oldText, u"王审核（审核人）"_s); // recorded in zh_CN
    undoKey(Qt::Key_Z);
    QCOMPARE(document->data().signoff.signatures.size(), 1);

    const QString shots = qEnvironmentVariable("FAE_SHOTS");
    if (!shots.isEmpty()) {
        signoff->dock()->raise();
        m_window->grab().save(shots + u"/comment.png"_s);
    }
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
