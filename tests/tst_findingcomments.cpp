// Comments on audit findings and in the navigation (issue 12 §3): a finding's context menu and
// Shift+F2 in the audit dock, the marker and tooltip on the finding, the comment in the review
// panel, 已不再出现 for a finding that went away; the navigation's comment count and tooltip,
// kept live through add, resolve and undo. With FAE_SHOTS set, screenshots are saved there.
#include "audit/auditdock.h"
#include "audit/auditrunner.h"
#include "audit/findingsmodel.h"
#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "history/historydock.h"
#include "interchange/interchange.h"
#include "models/navigationmodel.h"
#include "signoff/commenttarget.h"
#include "signoff/reviewpanel.h"
#include "signoff/reviewsteps.h"
#include "signoff/signoffactions.h"
#include "store/documentfile.h"
#include "samplemainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Types `text` into the next input dialog once it shows and accepts it.
void answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, [=] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input) {
            answerNextDialog(text);
            return;
        }
        input->setTextValue(text);
        input->accept();
    });
}

// The rows of findings in the dock's model, in order.
QList<QModelIndex> findingRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> rows;
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex index = model->index(i, 0, parent);
        if (index.data(FindingsModel::FindingRole).isValid())
            rows.append(index);
        rows += findingRows(model, index);
    }
    return rows;
}

Finding finding(const QString &rule, const QString &explainKey)
{
    Finding f;
    f.ruleId = rule;
    f.severity = Severity::Warning;
    f.section = u"T5"_s;
    f.message = u"科目2010601本年支出较上年增长35%"_s;
    f.explainKey = explainKey;
    return f;
}

} // namespace

class TestFindingComments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findingKeyFollowsTheExplanationKey();
    void commentOnAGoneFindingIsKept();
    void findingCommentSurvivesFileAndInterchange();
    void commentFromTheFindingsMenuAndShortcut();
    void navigationCountsCommentsLive();

private:
    Document *document() const { return m_window->findChild<EditorWorkspace *>()->document(); }
    NavigationModel *navigation() const { return m_window->findChild<EditorWorkspace *>()->navigation(); }
    void activate() const
    {
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    std::unique_ptr<SampleMainWindow> m_fixture;
    MainWindow *m_window = nullptr; // the fixture's
};

void TestFindingComments::init()
{
    m_fixture = std::make_unique<SampleMainWindow>();
    m_window = m_fixture->window();
    QCOMPARE(m_fixture->openSample(), QString());
}

void TestFindingComments::cleanup()
{
    m_window = nullptr;
    m_fixture.reset();
}

void TestFindingComments::findingKeyFollowsTheExplanationKey()
{
    QCOMPARE(CommentTarget::findingKey(finding(u"V-item"_s, u"explain.V-item.2010601"_s)), u"V-item.2010601"_s);
    // A reason is shared by the findings that ask for it: the rule tells them apart.
    QCOMPARE(CommentTarget::findingKey(finding(u"V-item"_s, u"reason.item.2010601"_s)),
             u"V-item@reason.item.2010601"_s);
    Finding located = finding(u"E-sum"_s, QString());
    located.locations = { FindingLocation::atCell({ u"T1"_s, u"total"_s, u"amount"_s }) };
    QCOMPARE(CommentTarget::ofFinding(located), u"finding:E-sum@"_s + located.locations.constFirst().toString());
}

void TestFindingComments::commentOnAGoneFindingIsKept()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model);
    const Finding rising = finding(u"V-item"_s, u"explain.V-item.2010601"_s);
    model.setFindings({ rising });
    model.setComments({ { 1, u"finding:V-item.2010601"_s, u"增长因新增办公楼维修项目"_s, u"王审核"_s,
                          QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC), false } });
    const QModelIndex row = model.indexOf(rising);
    QCOMPARE(row.data(FindingsModel::CommentCountRole).toInt(), 1);
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"增长因新增办公楼维修项目"_s));
    QCOMPARE(model.rowCount(), 1); // the warnings only

    // The figure was corrected: the finding is gone, its comment stays listed.
    model.setFindings({});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex gone = model.index(0, 0);
    QCOMPARE(gone.data().toString(), FindingsModel::tr("已不再出现（%1）").arg(1));
    QCOMPARE(model.index(0, 0, gone).data().toString(), u"增长因新增办公楼维修项目"_s);
    QCOMPARE(model.index(0, 0, gone).data(FindingsModel::CommentTargetRole).toString(), u"finding:V-item.2010601"_s);
    QCOMPARE(model.index(0, 1, gone).data().toString(), u"V-item.2010601"_s);
    QVERIFY(!model.findingAt(model.index(0, 0, gone)));
}

void TestFindingComments::findingCommentSurvivesFileAndInterchange()
{
    const QString target = CommentTarget::ofFinding(finding(u"V-item"_s, u"explain.V-item.2010601"_s));
    QCOMPARE(ReviewSteps::addComment(document(), target, u"增长因新增办公楼维修项目"_s, u"王审核"_s,
                                     QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC)),
             QString());
    const SignoffRecord record = document()->data().signoff;
    const Interchange::ReadResult read = Interchange::read(Interchange::write(*document()), TestSupport::library());
    QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
    QCOMPARE(read.data.signoff.comments, record.comments);
    const QString path = document()->filePath();
    m_window->setDocument(nullptr);
    const auto reopened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(reopened.document, qPrintable(reopened.message));
    QCOMPARE(reopened.document->data().signoff.comments, record.comments);
    QCOMPARE(reopened.document->data().signoff.comments.constFirst().target, u"finding:V-item.2010601"_s);
}

void TestFindingComments::commentFromTheFindingsMenuAndShortcut()
{
    auto *audit = m_window->findChild<AuditDock *>();
    QVERIFY(audit);
    audit->show();
    audit->raise();
    QTRY_VERIFY(!findingRows(audit->model()).isEmpty());
    QTreeView *view = audit->view();
    const QModelIndex first = findingRows(audit->model()).constFirst();
    const Finding commented = *audit->model()->findingAt(first);
    const QString target = CommentTarget::ofFinding(commented);
    view->scrollTo(first);
    QMenu *menu = audit->showMenu(view->visualRect(first).center());
    QVERIFY(menu);
    QCOMPARE(menu->actions().constFirst()->text(), AuditDock::tr("Add Comment…"));
    QVERIFY(menu->actions().constFirst()->isEnabled());
    QVERIFY(!menu->actions().constLast()->isEnabled()); // no comment to show yet
    answerNextDialog(u"此项差异已与财务核对，属口径调整。"_s);
    menu->actions().constFirst()->trigger();
    menu->close();

    QCOMPARE(document()->data().signoff.comments.size(), 1);
    const ReviewComment comment = document()->data().signoff.comments.constFirst();
    QCOMPARE(comment.target, target);
    QCOMPARE(comment.author, u"王审核"_s);
    QModelIndex row = audit->model()->indexOf(commented);
    QCOMPARE(row.data(FindingsModel::CommentCountRole).toInt(), 1);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"此项差异已与财务核对"_s));
    QTreeWidget *comments = m_window->findChild<ReviewPanel *>()->commentList();
    QCOMPARE(comments->topLevelItemCount(), 1);
    QCOMPARE(comments->topLevelItem(0)->text(1), commented.message);

    // One undo step: Ctrl+Z takes it away, the marker with it; Ctrl+Y brings it back.
    activate();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document()->data().signoff.comments.isEmpty());
    QCOMPARE(audit->model()->indexOf(commented).data(FindingsModel::CommentCountRole).toInt(), 0);
    QTest::keyClick(m_window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(document()->data().signoff.comments.size(), 1);

    // Ctrl+Shift+F2 on the finding shows its comment in the review panel.
    row = audit->model()->indexOf(commented);
    view->setCurrentIndex(row);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2, Qt::ControlModifier | Qt::ShiftModifier);
    auto *review = m_window->findChild<SignoffActions *>()->dock();
    QVERIFY(review->isVisible());
    QCOMPARE(comments->currentItem(), comments->topLevelItem(0));
    // And a double-click on the comment in the panel takes the dock back to its finding.
    view->setCurrentIndex(findingRows(audit->model()).at(1));
    const QPoint commentAt = comments->visualItemRect(comments->topLevelItem(0)).center();
    QTest::mouseClick(comments->viewport(), Qt::LeftButton, {}, commentAt);
    QTest::mouseDClick(comments->viewport(), Qt::LeftButton, {}, commentAt);
    QCOMPARE(view->currentIndex().siblingAtColumn(0).data(FindingsModel::CommentTargetRole).toString(), target);

    // Shift+F2 comments on the selected finding without the mouse.
    const QList<QModelIndex> rows = findingRows(audit->model());
    QVERIFY(rows.size() > 1);
    const Finding second = *audit->model()->findingAt(rows.at(1));
    audit->raise();
    activate();
    view->setCurrentIndex(rows.at(1));
    view->setFocus();
    answerNextDialog(u"请补充说明。"_s);
    QTest::keyClick(view, Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(document()->data().signoff.comments.size(), 2);
    QCOMPARE(document()->data().signoff.comments.constLast().target, CommentTarget::ofFinding(second));

    // A comment whose finding the audit no longer reports is listed as such, not lost.
    QCOMPARE(ReviewSteps::addComment(document(), u"finding:V-gone.2010601"_s, u"上年的差异，已更正。"_s, u"王审核"_s,
                                     QDateTime::currentDateTimeUtc()),
             QString());
    const QModelIndex gone = audit->model()->index(audit->model()->rowCount() - 1, 0);
    QCOMPARE(gone.data().toString(), FindingsModel::tr("已不再出现（%1）").arg(1));
    QCOMPARE(comments->topLevelItem(2)->text(1),
             ReviewPanel::tr("%1 (no longer occurs)").arg(CommentTarget::title(*document(), u"finding:V-gone.2010601"_s)));

    // A read-only document takes no comment: the action is off, Shift+F2 does nothing.
    view->setCurrentIndex(audit->model()->indexOf(second));
    document()->setReadOnly(true, u"只读"_s);
    QVERIFY(!audit->addCommentAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(document()->data().signoff.comments.size(), 3);
    document()->setReadOnly(false);
    QVERIFY(audit->addCommentAction()->isEnabled());

    if (const QString shots = qEnvironmentVariable("FAE_SHOTS"); !shots.isEmpty()) {
        audit->raise();
        row = audit->model()->indexOf(commented);
        view->setCurrentIndex(row);
        view->scrollTo(row);
        m_window->grab().save(shots + u"/finding-comment.png"_s);
        view->scrollTo(audit->model()->index(0, 0, gone));
        m_window->grab().save(shots + u"/finding-comment-gone.png"_s);
        m_window->findChild<SignoffActions *>()->showComments(target);
        m_window->grab().save(shots + u"/finding-comment-panel.png"_s);
    }
}

void TestFindingComments::navigationCountsCommentsLive()
{
    QAbstractItemModelTester tester(navigation(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex t5 = navigation()->indexOfEntry(u"table:T5"_s);
    QCOMPARE(t5.data(NavigationModel::CommentCountRole).toInt(), 0);
    QTreeView *tree = m_window->findChild<EditorWorkspace *>()->tree();
    const int plainWidth = tree->itemDelegate()->sizeHint(QStyleOptionViewItem(), t5).width();
    QSignalSpy changed(navigation(), &QAbstractItemModel::dataChanged);

    // A comment on the table from the navigation's menu.
    SignoffActions *signoff = m_window->findChild<SignoffActions *>();
    tree->scrollTo(t5);
    QMenu *menu = signoff->showNavigationMenu(tree->visualRect(t5).center());
    QVERIFY(menu);
    QAction *add = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == SignoffActions::tr("Add comment…"))
            add = action;
    }
    QVERIFY(add);
    answerNextDialog(u"表五合计与表一不一致。\n请核对后重新提交。"_s);
    add->trigger();
    menu->close();
    QCOMPARE(t5.data(NavigationModel::CommentCountRole).toInt(), 1);
    // The history records it under the same name as the comment (设置 › 姓名).
    QCOMPARE(document()->data().history.constLast().user, u"王审核"_s);
    QCOMPARE(document()->data().history.constLast().scope, HistoryEntry::Scope::Comment);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &arguments) {
        return arguments.at(0).toModelIndex() == t5;
    }));
    QString tip = t5.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"王审核"_s) && tip.contains(u"表五合计与表一不一致。"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"请核对后重新提交"_s), qPrintable(tip)); // the first line only
    QVERIFY(tree->itemDelegate()->sizeHint(QStyleOptionViewItem(), t5).width() > plainWidth);

    // A comment on one of the table's cells counts for the table; the tooltip names the latest.
    const CellRef cell { u"T5"_s, document()->data().classRows.value(u"T5"_s).constFirst(), u"basic"_s };
    answerNextDialog(u"此数请附依据。"_s);
    signoff->commentOnCell(cell);
    QCOMPARE(t5.data(NavigationModel::CommentCountRole).toInt(), 2);
    tip = t5.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"此数请附依据。"_s), qPrintable(tip));
    QCOMPARE(navigation()->indexOfEntry(u"table:T1"_s).data(NavigationModel::CommentCountRole).toInt(), 0);

    // Undo, resolve: the count follows.
    activate();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(t5.data(NavigationModel::CommentCountRole).toInt(), 1);
    const qint64 id = document()->data().signoff.comments.constFirst().id;
    QCOMPARE(ReviewSteps::resolveComment(document(), id, true), QString());
    QCOMPARE(t5.data(NavigationModel::CommentCountRole).toInt(), 0);
    QVERIFY(!t5.data(Qt::ToolTipRole).toString().contains(u"王审核"_s));
    document()->undoStack()->undo();
    QCOMPARE(t5.data(NavigationModel::CommentCountRole).toInt(), 1);

    if (const QString shots = qEnvironmentVariable("FAE_SHOTS"); !shots.isEmpty()) {
        QCOMPARE(ReviewSteps::addComment(document(), u"department"_s, u"单位名单请与编制部门核对。"_s, u"李处长"_s,
                                         QDateTime::currentDateTimeUtc()),
                 QString());
        QCOMPARE(ReviewSteps::changeState(document(), { u"table:T5"_s }, ReviewState::ReadyForReview, {}, u"张编制"_s,
                                          QDateTime::currentDateTimeUtc()),
                 QString());
        m_window->findChild<SignoffActions *>()->dock()->raise();
        m_window->grab().save(shots + u"/navigation-comments.png"_s);
        QCOMPARE(ReviewSteps::changeState(document(), { u"table:T5"_s }, ReviewState::Approved, {}, u"王审核"_s,
                                          QDateTime::currentDateTimeUtc()),
                 QString());
        QCOMPARE(ReviewSteps::signOff(document(), u"审核人"_s, u"王审核"_s, QDateTime::currentDateTimeUtc()), QString());
        auto *history = m_window->findChild<HistoryDock *>();
        history->show();
        history->setScope(HistoryDock::Scope::Review);
        history->raise();
        m_window->grab().save(shots + u"/history-approvals.png"_s);
    }
}

QTEST_MAIN(TestFindingComments)
#include "tst_findingcomments.moc"
