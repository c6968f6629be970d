#include "editor/cellmessage.h"
#include "editor/classrowbar.h"
#include "editor/departmenteditor.h"
#include "editor/reasondialog.h"
#include "document/document.h"
#include "editor/tableformeditor.h"
#include "models/reasoncatalog.h"
#include "models/tableformmodel.h"
#include "editor/tableformview.h"
#include "tableeditorswindow.h"
#include "testsupport.h"
#include "editor/texteditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMenu>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The table form editor and the section editors driven with keys and the mouse, as a user would.
class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingIntoT5UpdatesT4AndTotals();
    void typingIntoT3UpdatesT1();
    void tabMovesRightAndEnterMovesDown();
    void f2EditsAndEscapeCancels();
    void pastingATsvRangeIsOneUndoStep();
    void pastingOntoComputedCellsIsRefused();
    void badInputStaysInTheCellWithAMessage();
    void typingOnAComputedCellExplainsIt();
    void deleteClearsTheSelection();
    void copyPutsPlainNumbersOnTheClipboard();
    void readOnlyDocumentRefusesEdits();
    void rowBarAddsAndRemovesRows();
    void enterAndTabSkipLockedCells();
    void twoCommitsAreTwoUndoSteps();
    void rowAddedInT3AppearsInT2AndT5();
    void removingAsksWhenAnotherTableHasFigures();
    void amountsInYuanAreNeverCut();
    void frozenColumnsStayInPlace();
    void textEditorWritesThroughAndUndoes();
    void departmentEditorWritesThrough();
    void publicationDateIsAnUndoableProperty();
    void reasonIsWrittenFromItsFigure();

private:
    void select(TableFormView *view, const QString &row, const QString &column);
    void type(TableFormView *view, const QString &text);
    QString shown(const QString &tableId, const QString &row, const QString &column) const;
    qint64 value(const QString &tableId, const QString &row, const QString &column) const;

    std::unique_ptr<TableEditorsWindow> m_window;
    Document *m_document = nullptr; // the window's
};

void TestEditor::init()
{
    m_window = std::make_unique<TableEditorsWindow>(QStringList { u"T1"_s, u"T3"_s, u"T4"_s, u"T5"_s });
    m_document = m_window->document();
    QVERIFY(m_window->activate());
}

void TestEditor::cleanup()
{
    m_window.reset();
}

void TestEditor::select(TableFormView *view, const QString &row, const QString &column)
{
    const QModelIndex index = view->formModel()->indexOf({ view->formModel()->tableId(), row, column });
    QVERIFY(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QTRY_VERIFY(view->hasFocus());
}

// Keys go where the user's keys would go: to the view, then to the editor it opened.
void TestEditor::type(TableFormView *view, const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : view;
        QTest::keyClick(target, ch.toLatin1());
    }
}

QString TestEditor::shown(const QString &tableId, const QString &row, const QString &column) const
{
    const TableFormModel *model = m_window->editor(tableId)->model();
    return model->indexOf({ tableId, row, column }).data().toString();
}

qint64 TestEditor::value(const QString &tableId, const QString &row, const QString &column) const
{
    return m_document->value({ tableId, row, column });
}

void TestEditor::typingIntoT5UpdatesT4AndTotals()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"basic"_s);
    const int row = t5->currentIndex().row();
    type(t5, u"600.5"_s);
    QVERIFY(t5->isEditing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(shown(u"T5"_s, u"2010601"_s, u"basic"_s), u"600.50"_s);
    QCOMPARE(t5->currentIndex().row(), row + 1); // Enter moved down
    QCOMPARE(shown(u"T5"_s, u"total"_s, u"total"_s), u"4,160.29"_s);
    QCOMPARE(shown(u"T5"_s, u"201"_s, u"basic"_s), u"600.50"_s);
    QCOMPARE(shown(u"T4"_s, u"201"_s, u"gpb"_s), u"4,000.99"_s);
    QCOMPARE(shown(u"T4"_s, u"E_SUM"_s, u"total"_s), u"4,160.29"_s);
    QCOMPARE(shown(u"T4"_s, u"E_EOY"_s, u"gpb"_s), u"-43.87"_s);
    m_document->undoStack()->undo();
    QCOMPARE(shown(u"T4"_s, u"201"_s, u"gpb"_s), u"3,957.12"_s);
    QCOMPARE(shown(u"T5"_s, u"2010601"_s, u"basic"_s), u"556.63"_s);
    m_document->undoStack()->redo();
    QCOMPARE(shown(u"T4"_s, u"E_SUM"_s, u"total"_s), u"4,160.29"_s);
}

void TestEditor::typingIntoT3UpdatesT1()
{
    // T1's expenditure follows T3 and its income follows T4.
    TableFormView *t3 = m_window->editor(u"T3"_s)->view();
    select(t3, u"2010601"_s, u"basic"_s);
    type(t3, u"600"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(shown(u"T1"_s, u"201"_s, u"amount"_s), u"4,000.49"_s);
    QCOMPARE(shown(u"T1"_s, u"E_SUM"_s, u"amount"_s), u"4,159.79"_s);
    QCOMPARE(shown(u"T1"_s, u"E_EOY"_s, u"amount"_s), u"-42.32"_s);

    TableFormView *t4 = m_window->editor(u"T4"_s)->view();
    select(t4, u"I_GPB"_s, u"amount"_s);
    type(t4, u"5000"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(shown(u"T1"_s, u"I1"_s, u"amount"_s), u"5,000.00"_s);
    QCOMPARE(shown(u"T1"_s, u"I_TOT"_s, u"amount"_s), u"5,001.05"_s);
    QCOMPARE(shown(u"T1"_s, u"E_TOT"_s, u"amount"_s), u"5,001.05"_s);
}

void TestEditor::tabMovesRightAndEnterMovesDown()
{
    TableFormView *t3 = m_window->editor(u"T3"_s)->view();
    select(t3, u"2080502"_s, u"basic"_s);
    const QModelIndex start = t3->currentIndex();
    type(t3, u"1"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // commits and moves right
    QTRY_COMPARE(t3->currentIndex(), start.siblingAtColumn(start.column() + 1));
    QVERIFY(!t3->isEditing());
    QCOMPARE(value(u"T3"_s, u"2080502"_s, u"basic"_s), 1'000'000);
    type(t3, u"2"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(t3->currentIndex(), start.sibling(start.row() + 1, start.column() + 1));
    QCOMPARE(value(u"T3"_s, u"2080502"_s, u"project"_s), 2'000'000);
    QTest::keyClick(t3, Qt::Key_Tab); // without editing
    QCOMPARE(t3->currentIndex(), start.sibling(start.row() + 1, start.column() + 2));
    QTest::keyClick(t3, Qt::Key_Return);
    QCOMPARE(t3->currentIndex(), start.sibling(start.row() + 2, start.column() + 2));
    QTest::keyClick(t3, Qt::Key_Left);
    QTest::keyClick(t3, Qt::Key_Up);
    QCOMPARE(t3->currentIndex(), start.sibling(start.row() + 1, start.column() + 1));
}

void TestEditor::f2EditsAndEscapeCancels()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"basic"_s);
    QTest::keyClick(t5, Qt::Key_F2);
    QVERIFY(t5->isEditing());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"556.63"_s); // F2 keeps the value to change it
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, u"9"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!t5->isEditing());
    QCOMPARE(value(u"T5"_s, u"2010601"_s, u"basic"_s), 556'630'000);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestEditor::pastingATsvRangeIsOneUndoStep()
{
    TableFormView *t3 = m_window->editor(u"T3"_s)->view();
    select(t3, u"2080502"_s, u"basic"_s);
    QGuiApplication::clipboard()->setText(u"1,234.50\t２.５\t\t0 \n7 \t1,000\t3.00\t\n\t5\t６\t1,111.11\n"_s);
    QTest::keyClick(t3, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(value(u"T3"_s, u"2080502"_s, u"basic"_s), 1'234'500'000);
    QCOMPARE(value(u"T3"_s, u"2080506"_s, u"operating"_s), 1'111'110'000);
    QCOMPARE(shown(u"T3"_s, u"2080505"_s, u"total"_s), u"1,010.00"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(t3->selectionModel()->selectedIndexes().size(), 12); // the pasted range is selected
    m_document->undoStack()->undo();
    QCOMPARE(value(u"T3"_s, u"2080502"_s, u"basic"_s), 12'000'000);
    QCOMPARE(value(u"T3"_s, u"2080506"_s, u"operating"_s), 0);
    QCOMPARE(shown(u"T3"_s, u"2080505"_s, u"total"_s), u"45.20"_s);
    m_document->undoStack()->redo();
    QCOMPARE(shown(u"T3"_s, u"2080505"_s, u"total"_s), u"1,010.00"_s);
}

void TestEditor::pastingOntoComputedCellsIsRefused()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"total"_s);
    QGuiApplication::clipboard()->setText(u"1\t2\n3\t4\n"_s);
    QTest::keyClick(t5, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(t5->message()->isVisible());
    QVERIFY(t5->message()->text().contains(u"computed"_s));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(value(u"T5"_s, u"2010601"_s, u"basic"_s), 556'630'000);
}

void TestEditor::badInputStaysInTheCellWithAMessage()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"basic"_s);
    const QModelIndex cell = t5->currentIndex();
    type(t5, u"12x"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(t5->message()->isVisible());
    QVERIFY(!t5->message()->text().isEmpty());
    QVERIFY(t5->isEditing()); // the text stays to be corrected
    QCOMPARE(t5->currentIndex(), cell);
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), u"12x"_s);
    QCOMPARE(value(u"T5"_s, u"2010601"_s, u"basic"_s), 556'630'000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!t5->isEditing());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestEditor::typingOnAComputedCellExplainsIt()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"total"_s);
    QTest::keyClick(t5, Qt::Key_5);
    QVERIFY(!t5->isEditing());
    QVERIFY(t5->message()->isVisible());
    QVERIFY(t5->message()->text().contains(u"= 基本支出 + 项目支出"_s));
}

void TestEditor::deleteClearsTheSelection()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"basic"_s);
    QTest::keyClick(t5, Qt::Key_Right, Qt::ShiftModifier); // basic and project
    QTest::keyClick(t5, Qt::Key_Down, Qt::ShiftModifier);  // and the next row
    QTest::keyClick(t5, Qt::Key_Delete);
    QCOMPARE(value(u"T5"_s, u"2010601"_s, u"basic"_s), 0);
    QCOMPARE(value(u"T5"_s, u"2010602"_s, u"project"_s), 0);
    QCOMPARE(shown(u"T5"_s, u"total"_s, u"total"_s), u"159.30"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(shown(u"T5"_s, u"total"_s, u"total"_s), u"4,116.42"_s);
}

void TestEditor::copyPutsPlainNumbersOnTheClipboard()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"total"_s, u"total"_s);
    QTest::keyClick(t5, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(t5, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"4116.42\t702.92\n"_s);
}

void TestEditor::readOnlyDocumentRefusesEdits()
{
    m_document->setReadOnly(true, u"只读测试"_s);
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    select(t5, u"2010601"_s, u"basic"_s);
    QTest::keyClick(t5, Qt::Key_7);
    QVERIFY(!t5->isEditing());
    QVERIFY(t5->message()->text().contains(u"只读测试"_s));
    QGuiApplication::clipboard()->setText(u"9"_s);
    QTest::keyClick(t5, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(t5, Qt::Key_Delete);
    QCOMPARE(value(u"T5"_s, u"2010601"_s, u"basic"_s), 556'630'000);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_window->editor(u"T5"_s)->rowBar()->addRow(u"2010301"_s));
}

void TestEditor::rowBarAddsAndRemovesRows()
{
    TableFormEditor *t5 = m_window->editor(u"T5"_s);
    const int rows = t5->model()->rowCount();
    QVERIFY(!t5->rowBar()->addRow(u"201"_s)); // a 类 is not a 项
    QVERIFY(!t5->rowBar()->error().isEmpty());
    QVERIFY(t5->rowBar()->addRow(u"2010301 行政运行"_s));
    QCOMPARE(t5->model()->rowCount(), rows + 2);
    QCOMPARE(t5->view()->currentIndex().data(TableFormModel::RowKeyRole).toString(), u"2010301"_s);
    type(t5->view(), u"8"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(shown(u"T4"_s, u"201"_s, u"gpb"_s), u"3,965.12"_s);
    select(t5->view(), u"2010301"_s, u"basic"_s);
    QVERIFY(t5->rowBar()->removeCurrentRow());
    QCOMPARE(t5->model()->rowCount(), rows);
    QCOMPARE(shown(u"T4"_s, u"201"_s, u"gpb"_s), u"3,957.12"_s);
    m_document->undoStack()->undo();
    QCOMPARE(shown(u"T5"_s, u"2010301"_s, u"basic"_s), u"8.00"_s);
}

void TestEditor::textEditorWritesThroughAndUndoes()
{
    TextEditor editor(m_document, u"part4"_s, u"其他需要说明的情况"_s);
    editor.show();
    QCOMPARE(editor.edit()->toPlainText(), u"无"_s);
    editor.edit()->setFocus();
    editor.edit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.edit(), u"ab"_s);
    QCOMPARE(m_document->data().texts.value(u"part4"_s), u"无ab"_s);
    QCOMPARE(m_document->undoStack()->count(), 1); // typing merges into one step
    m_document->undoStack()->undo();
    QCOMPARE(editor.edit()->toPlainText(), u"无"_s);
    m_document->setReadOnly(true);
    QVERIFY(editor.edit()->isReadOnly());
}

void TestEditor::departmentEditorWritesThrough()
{
    DepartmentEditor editor(m_document);
    editor.show();
    editor.nameEdit()->setFocus();
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), u"Test Bureau"_s);
    QCOMPARE(m_document->data().department.name, u"Test Bureau"_s);
    QCOMPARE(editor.nameEdit()->text(), u"Test Bureau"_s); // the space was not taken away
    QCOMPARE(shown(u"T5"_s, u"total"_s, u"total"_s), u"4,116.42"_s);
    m_document->undoStack()->undo();
    QCOMPARE(editor.nameEdit()->text(), u"咸宁市政务服务和大数据管理局"_s);
}

void TestEditor::publicationDateIsAnUndoableProperty()
{
    DepartmentEditor editor(m_document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // Unknown at first: the field says so in words and cannot be typed into.
    QVERIFY(!m_document->data().department.published.isValid());
    QVERIFY(!editor.publishedKnownBox()->isChecked());
    QVERIFY(!editor.publishedEdit()->isEnabled());
    QCOMPARE(editor.publishedEdit()->text(), u"Not yet known"_s);
    const int before = m_document->undoStack()->count();
    QTest::mouseClick(editor.publishedKnownBox(), Qt::LeftButton, {},
                      QPoint(8, editor.publishedKnownBox()->height() / 2));
    QVERIFY(editor.publishedKnownBox()->isChecked());
    QVERIFY(editor.publishedEdit()->isEnabled());
    editor.publishedEdit()->setFocus();
    editor.publishedEdit()->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(editor.publishedEdit(), u"2025"_s);
    editor.publishedEdit()->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(editor.publishedEdit(), u"09"_s);
    editor.publishedEdit()->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(editor.publishedEdit(), u"10"_s);
    QCOMPARE(m_document->data().department.published, QDate(2025, 9, 10));
    QCOMPARE(m_document->undoStack()->count(), before + 1); // one step, however many keys
    m_document->undoStack()->undo();
    QVERIFY(!m_document->data().department.published.isValid());
    QVERIFY(!editor.publishedKnownBox()->isChecked());
    QCOMPARE(editor.publishedEdit()->text(), u"Not yet known"_s);
    m_document->undoStack()->redo();
    QCOMPARE(editor.publishedEdit()->date(), QDate(2025, 9, 10));
}

void TestEditor::reasonIsWrittenFromItsFigure()
{
    // A T5 figure whose sentence in the explanations still lacks its reason.
    TableFormEditor *t5 = m_window->editor(u"T5"_s);
    const ReasonCatalog catalog = ReasonCatalog::build(*m_document);
    QModelIndex target;
    QString key;
    for (const ReasonCatalog::Entry &entry : catalog.entries()) {
        for (const CellRef &cell : entry.cells) {
            if (!target.isValid() && cell.sheet == u"T5"_s && m_document->data().texts.value(entry.key).isEmpty()
                && t5->model()->indexOf(cell).isValid()) {
                target = t5->model()->indexOf(cell);
                key = entry.key;
            }
        }
    }
    QVERIFY(target.isValid());
    QVERIFY(!catalog.label(key).contains(key)); // said in words, not by key
    t5->view()->scrollTo(target);
    const QPoint at = t5->view()->visualRect(target).center();
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, t5->view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(t5->view()->viewport(), &click);
    auto *menu = t5->findChild<QMenu *>();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QAction *write = menu->actions().constFirst();
    QCOMPARE(write->text(), u"Write the reason for this figure…"_s);
    QVERIFY(write->isEnabled());
    write->trigger();
    menu->close();
    auto *dialog = t5->findChild<ReasonDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>()->text() == catalog.label(key));
    QPlainTextEdit *edit = dialog->textEdits().constFirst();
    edit->setFocus();
    QInputMethodEvent typed; // Chinese arrives from the input method as committed text
    typed.setCommitString(u"人员增加"_s);
    QApplication::sendEvent(edit, &typed);
    const int before = m_document->undoStack()->count();
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_document->data().texts.value(key), u"人员增加"_s);
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    m_document->undoStack()->undo();
    QVERIFY(m_document->data().texts.value(key).isEmpty());
}

void TestEditor::enterAndTabSkipLockedCells()
{
    // A 项 row whose next row is computed (a 款 or 类 subtotal): Enter lands on the next 项 below.
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    const TableFormModel *model = t5->formModel();
    const int column = model->indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s }).column();
    int from = -1;
    int expected = -1;
    for (int row = 0; row + 1 < model->rowCount() && expected < 0; ++row) {
        if (from < 0 && (model->index(row, column).flags() & Qt::ItemIsEditable)
            && !(model->index(row + 1, column).flags() & Qt::ItemIsEditable))
            from = row;
        else if (from >= 0 && (model->index(row, column).flags() & Qt::ItemIsEditable))
            expected = row;
    }
    QVERIFY(from >= 0 && expected > from + 1);
    t5->setFocus();
    t5->setCurrentIndex(model->index(from, column));
    type(t5, u"7"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(t5->currentIndex().row(), expected);
    QCOMPARE(t5->currentIndex().column(), column);
    // Without editing, Enter and the arrows skip the same way; Up comes back.
    QTest::keyClick(t5, Qt::Key_Up);
    QCOMPARE(t5->currentIndex().row(), from);
    // Tab from the last input of a row stays rather than landing on a computed column; Shift+Tab
    // steps back over computed columns to the previous input.
    int last = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->index(from, c).flags() & Qt::ItemIsEditable)
            last = c;
    }
    t5->setCurrentIndex(model->index(from, last));
    QTest::keyClick(t5, Qt::Key_Tab);
    QCOMPARE(t5->currentIndex().column(), last);
    t5->setCurrentIndex(model->index(from, column));
    QTest::keyClick(t5, Qt::Key_Backtab);
    QCOMPARE(t5->currentIndex().column(), column); // 基本支出 is the first input: 合计 to its left is computed
}

void TestEditor::twoCommitsAreTwoUndoSteps()
{
    TableFormView *t5 = m_window->editor(u"T5"_s)->view();
    const qint64 original = value(u"T5"_s, u"2010601"_s, u"basic"_s);
    select(t5, u"2010601"_s, u"basic"_s);
    type(t5, u"600"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    select(t5, u"2010601"_s, u"basic"_s);
    type(t5, u"1234.5"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(shown(u"T5"_s, u"2010601"_s, u"basic"_s), u"1,234.50"_s);
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(shown(u"T5"_s, u"2010601"_s, u"basic"_s), u"600.00"_s);
    stack->undo();
    QCOMPARE(value(u"T5"_s, u"2010601"_s, u"basic"_s), original);
}

void TestEditor::rowAddedInT3AppearsInT2AndT5()
{
    TableFormEditor *t3 = m_window->editor(u"T3"_s);
    TableFormEditor *t2 = m_window->open(u"T2"_s);
    TableFormEditor *t5 = m_window->editor(u"T5"_s);
    QCOMPARE(t2->model()->rowForCode(u"2010301"_s), -1);
    QCOMPARE(t5->model()->rowForCode(u"2010301"_s), -1);
    t3->rowBar()->findChild<QLineEdit *>()->setFocus();
    QTest::keyClicks(t3->rowBar()->findChild<QLineEdit *>(), u"2010301"_s);
    QTest::keyClick(t3->rowBar()->findChild<QLineEdit *>(), Qt::Key_Return);
    QVERIFY(t3->model()->rowForCode(u"2010301"_s) >= 0);
    QVERIFY(t2->model()->rowForCode(u"2010301"_s) >= 0);
    QVERIFY(t5->model()->rowForCode(u"2010301"_s) >= 0);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->undoStack()->undoText().contains(u"2010301"_s));
    m_document->undoStack()->undo();
    QCOMPARE(t2->model()->rowForCode(u"2010301"_s), -1);
    QCOMPARE(t5->model()->rowForCode(u"2010301"_s), -1);
}

void TestEditor::removingAsksWhenAnotherTableHasFigures()
{
    // 2010601 has figures in T3 and T5: removing it from T5 asks, and "only this table" keeps T3's.
    TableFormEditor *t3 = m_window->editor(u"T3"_s);
    TableFormEditor *t5 = m_window->editor(u"T5"_s);
    const qint64 t3Total = value(u"T3"_s, u"total"_s, u"total"_s);
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Only from this table"_s)
                button->click();
        }
    });
    t5->view()->setCurrentIndex(t5->model()->indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s }));
    QVERIFY(t5->rowBar()->removeCurrentRow());
    QVERIFY2(question.contains(u"支出决算表"_s), qPrintable(question));
    QCOMPARE(t5->model()->rowForCode(u"2010601"_s), -1);
    QVERIFY(t3->model()->rowForCode(u"2010601"_s) >= 0);
    QCOMPARE(value(u"T3"_s, u"total"_s, u"total"_s), t3Total);
    // Cancelling changes nothing.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    m_document->undoStack()->undo();
    t5->view()->setCurrentIndex(t5->model()->indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s }));
    QVERIFY(!t5->rowBar()->removeCurrentRow());
    QVERIFY(t5->model()->rowForCode(u"2010601"_s) >= 0);
}

void TestEditor::amountsInYuanAreNeverCut()
{
    TableFormEditor *t5 = m_window->editor(u"T5"_s);
    t5->setUnit(MoneyUnit::Yuan);
    const TableFormModel *model = t5->model();
    QFont bold = t5->view()->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int column = model->grid().frozenColumnCount(); column < model->columnCount(); ++column) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < t5->view()->columnWidth(column), qPrintable(text));
        }
    }
    QCOMPARE(shown(u"T5"_s, u"total"_s, u"total"_s), u"41,164,200.00"_s);
}

void TestEditor::frozenColumnsStayInPlace()
{
    // T9's 项目 column is frozen: moving to its last column must not slide the frozen header.
    TableFormEditor *t9 = m_window->open(u"T9"_s);
    TableFormView *view = t9->view();
    auto *frozen = view->findChild<QTableView *>();
    QVERIFY(frozen);
    view->setFocus();
    for (int column = 0; column < t9->model()->columnCount(); ++column)
        view->setCurrentIndex(t9->model()->index(0, column));
    QCOMPARE(frozen->horizontalScrollBar()->value(), 0);
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
