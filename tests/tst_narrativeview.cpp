// The narrative view: Part 3 follows cell edits at once, figures explain and locate
// themselves, and a reason typed in place becomes an undoable edit of the document.
#include "testsupport.h"

#include "commands/setcellvalue.h"
#include "document/document.h"
#include "narrative/narrativeview.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>
#include <QtTest>

namespace {

// Where `text` is first shown in the browser, scrolled into view, in viewport coordinates:
// the middle of its first character that is not split from the next one by a line break.
QPoint pointOf(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return {};
    // A click inside a selection would start a drag, so the cursor goes there unselected.
    QTextCursor at(browser->document());
    at.setPosition(found.selectionStart());
    browser->setTextCursor(at);
    browser->ensureCursorVisible();
    for (int position = found.selectionStart(); position < found.selectionEnd(); ++position) {
        at.setPosition(position);
        const QRect left = browser->cursorRect(at);
        at.setPosition(position + 1);
        const QRect right = browser->cursorRect(at);
        if (left.top() == right.top() && right.left() > left.left())
            return QPoint((left.left() + right.left()) / 2, left.center().y());
    }
    return {};
}

} // namespace

class TestNarrativeView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsPartThreeOnly();
    void followsCellEditsAtOnce();
    void figuresCarryTheirFormula();
    void clickingAFigureNamesItsCell();
    void typingAMissingReasonPushesSetText();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<NarrativeView> m_view;
    QTextBrowser *m_browser = nullptr;
};

void TestNarrativeView::init()
{
    m_document = TestSupport::sampleDocument();
    m_view = std::make_unique<NarrativeView>();
    m_view->resize(900, 700);
    m_view->setDocument(m_document.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_browser = m_view->findChild<QTextBrowser *>();
    QVERIFY(m_browser);
}

void TestNarrativeView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

void TestNarrativeView::showsPartThreeOnly()
{
    const QString text = m_browser->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("第三部分 2024年度部门决算情况说明")));
    QVERIFY(!text.contains(QStringLiteral("第一部分")));
    QVERIFY(!text.contains(QStringLiteral("第五部分")));
    QVERIFY(text.contains(QStringLiteral("4.住房保障支出（类）63.40万元，占1.54%。")));
}

void TestNarrativeView::followsCellEditsAtOnce()
{
    QVERIFY(m_browser->toPlainText().contains(QStringLiteral("收、支总计均为4117.47万元")));
    m_document->push(new SetCellValue(
        m_document.get(), { CellRef::fromString(QStringLiteral("T2.2010601.other")), 2'050'000 }));
    QVERIFY(m_browser->toPlainText().contains(QStringLiteral("收、支总计均为4118.47万元")));
    QVERIFY(m_browser->toPlainText().contains(QStringLiteral("其他收入2.05万元，占本年收入0.05%")));
    m_document->undoStack()->undo();
    QVERIFY(m_browser->toPlainText().contains(QStringLiteral("收、支总计均为4117.47万元")));
}

void TestNarrativeView::figuresCarryTheirFormula()
{
    QTextCursor share = m_browser->document()->find(QStringLiteral("96.13%"));
    QVERIFY(!share.isNull());
    share.setPosition(share.selectionStart() + 1);
    QCOMPARE(share.charFormat().toolTip(),
        QStringLiteral(
            "一般公共预算财政拨款支出决算表：一般公共服务支出，本年支出合计 ÷ 一般公共预算财政拨款支出"
            " × 100 = 3957.12 ÷ 4116.42 × 100 = 96.13%"));
    QVERIFY(share.charFormat().isAnchor());
}

void TestNarrativeView::clickingAFigureNamesItsCell()
{
    QSignalSpy activated(m_view.get(), &NarrativeView::cellActivated);
    const QPoint point = pointOf(m_browser, QStringLiteral("96.13%"));
    QVERIFY(!point.isNull());
    QTest::mouseClick(m_browser->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<CellRef>(),
        CellRef::fromString(QStringLiteral("T5.201.total")));
}

void TestNarrativeView::typingAMissingReasonPushesSetText()
{
    const QPoint point = pointOf(m_browser, QStringLiteral("（待说明）"));
    QVERIFY(!point.isNull());
    QCursor::setPos(m_browser->viewport()->mapToGlobal(point));
    QTest::mouseClick(m_browser->viewport(), Qt::LeftButton, {}, point);
    auto *editor = m_browser->viewport()->findChild<QPlainTextEdit *>();
    QVERIFY(editor && editor->isVisible());

    const int steps = m_document->undoStack()->count();
    // QTest types ASCII only; an input method delivers Chinese as committed text like this.
    editor->insertPlainText(QStringLiteral("部分项目未达到支付节点"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(m_document->data().texts.value(QStringLiteral("reason.gpbExecution")),
        QStringLiteral("部分项目未达到支付节点"));
    QVERIFY(m_browser->toPlainText().contains(
        QStringLiteral("支出决算数小于年初预算数的主要原因：部分项目未达到支付节点。其中：")));

    m_document->undoStack()->undo();
    QVERIFY(m_browser->toPlainText().contains(
        QStringLiteral("支出决算数小于年初预算数的主要原因：（待说明）。其中：")));
}

QTEST_MAIN(TestNarrativeView)
#include "tst_narrativeview.moc"
