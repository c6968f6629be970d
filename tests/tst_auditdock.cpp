#include "testsupport.h"

#include "audit/auditdock.h"
#include "audit/auditrunner.h"
#include "document/document.h"
#include "audit/findingsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QStyle>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

// The audit dock and its runner: live recomputation coalesced, grouping, explanations stored as
// undoable texts, double-click asking to jump.
class TestAuditDock : public QObject
{
    Q_OBJECT

private slots:
    void runnerCoalescesEdits();
    void groupsBySeverityAndSection();
    void explanationIsStoredAndUndoable();
    void doubleClickAsksToJump();
    void messagesWrapInANarrowDock();
    void reasonIsWrittenBesideItsFinding();
};

void TestAuditDock::runnerCoalescesEdits()
{
    auto document = TestSupport::sampleDocument();
    AuditRunner runner;
    QSignalSpy spy(&runner, &AuditRunner::findingsChanged);
    runner.setDocument(document.get());
    QTRY_COMPARE(spy.count(), 1);
    const qsizetype before = runner.findings().size();
    QVERIFY(before > 0);
    // Three edits in one go: one audit once the event loop is free.
    const CellRef ref { QStringLiteral("T6"), QStringLiteral("30108"), QStringLiteral("amount") };
    document->setCellInputs({ { ref, 400000 } });
    document->setCellInputs({ { ref, 410000 } });
    document->setCellInputs({ { ref, 420000 } });
    QTRY_COMPARE(spy.count(), 2);
    QTest::qWait(20);
    QCOMPARE(spy.count(), 2);
    QVERIFY(std::any_of(runner.findings().cbegin(), runner.findings().cend(),
                        [](const Finding &f) { return f.ruleId == QLatin1String("L-30108"); }));
    runner.setDocument(nullptr);
    QTRY_COMPARE(spy.count(), 3);
    QVERIFY(runner.findings().isEmpty());
}

void TestAuditDock::groupsBySeverityAndSection()
{
    auto document = TestSupport::sampleDocument();
    AuditDock dock;
    QAbstractItemModelTester tester(dock.model());
    QSignalSpy counts(&dock, &AuditDock::findingsCountChanged);
    dock.setDocument(document.get());
    QTRY_COMPARE(counts.count(), 1);
    FindingsModel *model = dock.model();
    // Errors (the project funds and their share), warnings, infos: three top rows.
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("错误")));
    QCOMPARE(counts.constFirst().at(0).toInt(), 2);
    const QModelIndex warnings = model->index(1, 0);
    QVERIFY(warnings.data().toString().startsWith(QStringLiteral("警告")));
    QStringList sections;
    for (int i = 0; i < model->rowCount(warnings); ++i)
        sections.append(model->index(i, 0, warnings).data().toString());
    QVERIFY(sections.contains(QStringLiteral("五（三）")));
    QVERIFY(sections.contains(QStringLiteral("T5")));
}

void TestAuditDock::explanationIsStoredAndUndoable()
{
    auto document = TestSupport::sampleDocument();
    AuditDock dock;
    dock.setDocument(document.get());
    QTRY_VERIFY(!dock.runner()->findings().isEmpty());
    const auto target = std::find_if(dock.runner()->findings().cbegin(), dock.runner()->findings().cend(),
                                     [](const Finding &f) { return f.ruleId == QLatin1String("D-01"); });
    QVERIFY(target != dock.runner()->findings().cend());
    QCOMPARE(target->severity, Severity::Warning);
    auto *view = dock.findChild<QTreeView *>();
    view->setCurrentIndex(dock.model()->indexOf(*target));
    auto *field = dock.findChild<QLineEdit *>();
    QVERIFY(field->isEnabled());
    const QString text = QStringLiteral("原文情况说明和名词解释均列财政事务（款），按原文保留。");
    field->setText(text);
    emit field->editingFinished();
    QCOMPARE(document->data().texts.value(QStringLiteral("explain.D-01")), text);
    QCOMPARE(document->undoStack()->count(), 1);
    // Explained, the warning is an info now, and stays selected.
    QTRY_VERIFY(std::any_of(dock.runner()->findings().cbegin(), dock.runner()->findings().cend(), [](const Finding &f) {
        return f.ruleId == QLatin1String("D-01") && f.severity == Severity::Info;
    }));
    QCOMPARE(dock.model()->findingAt(view->currentIndex())->ruleId, QStringLiteral("D-01"));
    document->undoStack()->undo();
    QVERIFY(document->data().texts.value(QStringLiteral("explain.D-01")).isEmpty());
    QTRY_VERIFY(std::any_of(dock.runner()->findings().cbegin(), dock.runner()->findings().cend(), [](const Finding &f) {
        return f.ruleId == QLatin1String("D-01") && f.severity == Severity::Warning;
    }));
}

void TestAuditDock::doubleClickAsksToJump()
{
    auto document = TestSupport::sampleDocument();
    AuditDock dock;
    dock.resize(600, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.setDocument(document.get());
    QTRY_VERIFY(!dock.runner()->findings().isEmpty());
    QSignalSpy jumps(&dock, &AuditDock::locationActivated);
    const auto target = std::find_if(dock.runner()->findings().cbegin(), dock.runner()->findings().cend(),
                                     [](const Finding &f) { return f.ruleId == QLatin1String("P-01"); });
    QVERIFY(target != dock.runner()->findings().cend());
    auto *view = dock.findChild<QTreeView *>();
    const QModelIndex index = dock.model()->indexOf(*target);
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(jumps.count(), 1);
    const auto location = jumps.constFirst().at(0).value<FindingLocation>();
    QCOMPARE(location.kind, FindingLocation::Kind::Cell);
    QCOMPARE(location.cell.toString(), QStringLiteral("T5.total.project"));
}

void TestAuditDock::messagesWrapInANarrowDock()
{
    // The dock's width at 1366×768 beside the table: every message readable in full, no hover.
    auto document = TestSupport::sampleDocument();
    AuditDock dock;
    dock.resize(280, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.setDocument(document.get());
    QTRY_VERIFY(!dock.runner()->findings().isEmpty());
    auto *view = dock.findChild<QTreeView *>();
    QTest::qWait(50); // the relayout after the columns settle is queued
    int wrapped = 0;
    int checked = 0;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < dock.model()->rowCount(parent); ++row) {
            const QModelIndex index = dock.model()->index(row, FindingsModel::MessageColumn, parent);
            visit(index);
            if (!dock.model()->findingAt(index))
                continue;
            const QRect rect = view->visualRect(index);
            const QString text = index.data().toString();
            // The style keeps PM_FocusFrameHMargin + 1 free on either side of an item's text.
            const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
            const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, rect.width() - margins, 100000),
                                                                  Qt::TextWordWrap, text);
            QVERIFY2(rect.height() >= needed.height(),
                     qPrintable(u"%1 < %2: %3"_s.arg(rect.height()).arg(needed.height()).arg(text)));
            wrapped += needed.height() > view->fontMetrics().lineSpacing() * 3 / 2;
            ++checked;
        }
    };
    visit(QModelIndex());
    QVERIFY(checked > 10);
    QVERIFY(wrapped > 0); // the test did see messages longer than one line
}

void TestAuditDock::reasonIsWrittenBesideItsFinding()
{
    auto document = TestSupport::sampleDocument();
    AuditDock dock;
    dock.setDocument(document.get());
    QTRY_VERIFY(!dock.runner()->findings().isEmpty());
    // A finding that asks for a reason the narrative quotes (a change, a completion rate).
    const auto target = std::find_if(dock.runner()->findings().cbegin(), dock.runner()->findings().cend(),
                                     [](const Finding &f) { return f.explainKey.startsWith(u"reason."_s); });
    QVERIFY(target != dock.runner()->findings().cend());
    const QString key = target->explainKey;
    const QString before = document->data().texts.value(key);
    auto *view = dock.findChild<QTreeView *>();
    view->setCurrentIndex(dock.model()->indexOf(*target));
    auto *field = dock.findChild<QLineEdit *>();
    QVERIFY(field->isEnabled());
    const auto labels = dock.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel *label) { return label->text() == u"&Reason, as the explanations will quote it:"_s; }));
    field->setFocus();
    field->clear();
    // Chinese arrives from the input method as committed text.
    QInputMethodEvent typed;
    typed.setCommitString(u"新增项目"_s);
    QApplication::sendEvent(field, &typed);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(document->data().texts.value(key), u"新增项目"_s);
    document->undoStack()->undo();
    QCOMPARE(document->data().texts.value(key), before);
}

QTEST_MAIN(TestAuditDock)
#include "tst_auditdock.moc"
