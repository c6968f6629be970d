#include "commands/addremoveclassrow.h"
#include "commands/addremoveproject.h"
#include "commands/changedepartment.h"
#include "commands/changeproject.h"
#include "commands/clearcells.h"
#include "commands/pastecells.h"
#include "commands/setcellvalue.h"
#include "commands/settext.h"
#include "document/document.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Every undo command: push → compare → undo → compare → redo → compare.
class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void setCellValueIsOneStepPerEntry();
    void setCellValueOnEmptyCellUndoesToEmpty();
    void pasteIsOneStep();
    void clearCells();
    void addAndRemoveClassRow();
    void setTextMerges();
    void changeDepartment();
    void addAndRemoveProject();
    void changeProjectIsOneStepPerEdit();
    void readOnlyRefusesCommands();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
};

namespace {
const CellRef total { u"T5"_s, u"total"_s, u"total"_s };
const CellRef admin { u"T5"_s, u"2010601"_s, u"basic"_s };
qint64 wan(const char *text)
{
    return parseMoney(QString::fromLatin1(text), { MoneyUnit::Wanyuan, true, false }).value.fen();
}
} // namespace

void TestCommands::setCellValueIsOneStepPerEntry()
{
    auto doc = TestSupport::sampleDocument();
    QUndoStack *stack = doc->undoStack();
    // Two entries of the same cell are two steps, as in Excel.
    doc->push(new SetCellValue(doc.get(), { admin, wan("600") }));
    doc->push(new SetCellValue(doc.get(), { admin, wan("601") }));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(doc->value(admin), wan("601"));
    QCOMPARE(doc->value(total), wan("4160.79"));
    stack->undo();
    QCOMPARE(doc->value(admin), wan("600"));
    stack->undo();
    QCOMPARE(doc->value(admin), wan("556.63"));
    QCOMPARE(doc->value(total), wan("4116.42"));
    stack->redo();
    QCOMPARE(doc->value(admin), wan("600"));
}

void TestCommands::setCellValueOnEmptyCellUndoesToEmpty()
{
    auto doc = TestSupport::sampleDocument();
    const CellRef empty { u"T5"_s, u"2010601"_s, u"project"_s };
    QVERIFY(!doc->data().cells.contains(empty));
    doc->push(new SetCellValue(doc.get(), { empty, wan("0") }));
    QVERIFY(doc->data().cells.contains(empty));
    doc->undoStack()->undo();
    QVERIFY(!doc->data().cells.contains(empty));
}

void TestCommands::pasteIsOneStep()
{
    auto doc = TestSupport::sampleDocument();
    const CellRef a { u"T6"_s, u"30201"_s, u"amount"_s };
    const CellRef b { u"T6"_s, u"30202"_s, u"amount"_s };
    doc->push(new PasteCells(doc.get(), { { a, wan("1") }, { b, wan("2") } }));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->value({ u"T6"_s, u"C_TOTAL"_s, u"amount"_s }), wan("81.39"));
    doc->undoStack()->undo();
    QCOMPARE(doc->value(a), wan("12.5"));
    QVERIFY(!doc->data().cells.contains(b));
    QCOMPARE(doc->value({ u"T6"_s, u"C_TOTAL"_s, u"amount"_s }), wan("90.89"));
    doc->undoStack()->redo();
    QCOMPARE(doc->value(b), wan("2"));
}

void TestCommands::clearCells()
{
    auto doc = TestSupport::sampleDocument();
    doc->push(new ClearCells(doc.get(), { admin, { u"T5"_s, u"2010602"_s, u"project"_s } }));
    QCOMPARE(doc->value(total), wan("159.3"));
    doc->undoStack()->undo();
    QCOMPARE(doc->value(total), wan("4116.42"));
    QCOMPARE(doc->value(admin), wan("556.63"));
}

void TestCommands::addAndRemoveClassRow()
{
    auto doc = TestSupport::sampleDocument();
    QSignalSpy layoutSpy(doc.get(), &Document::layoutChanged);
    doc->push(new AddClassRow(doc.get(), u"T5"_s, u"2120101"_s));
    QVERIFY(doc->layout().table(u"T5"_s)->row(u"212"_s));
    QVERIFY(doc->layout().table(u"T5"_s)->row(u"21201"_s));
    QVERIFY(doc->layout().table(u"T5"_s)->row(u"2120101"_s));
    QCOMPARE(layoutSpy.count(), 1);
    QString error;
    QVERIFY(doc->enterCell({ u"T5"_s, u"2120101"_s, u"basic"_s }, u"5"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(doc->value({ u"T4"_s, u"212"_s, u"gpb"_s }), wan("5"));

    doc->push(new RemoveClassRow(doc.get(), u"T5"_s, u"2120101"_s));
    QVERIFY(!doc->layout().table(u"T5"_s)->row(u"212"_s));
    QCOMPARE(doc->value(total), wan("4116.42"));
    QVERIFY(!doc->data().cells.contains({ u"T5"_s, u"2120101"_s, u"basic"_s }));
    doc->undoStack()->undo();
    QCOMPARE(doc->value({ u"T5"_s, u"2120101"_s, u"basic"_s }), wan("5"));
    QCOMPARE(doc->value(total), wan("4121.42"));
    doc->undoStack()->undo(); // the value
    doc->undoStack()->undo(); // the row
    QVERIFY(!doc->layout().table(u"T5"_s)->row(u"2120101"_s));
    doc->undoStack()->redo();
    QVERIFY(doc->layout().table(u"T5"_s)->row(u"2120101"_s));
}

void TestCommands::setTextMerges()
{
    auto doc = TestSupport::sampleDocument();
    const QString before = doc->data().texts.value(u"part4"_s);
    doc->push(new SetText(doc.get(), u"part4"_s, u"本"_s));
    doc->push(new SetText(doc.get(), u"part4"_s, u"本单位"_s));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->data().texts.value(u"part4"_s), u"本单位"_s);
    doc->undoStack()->undo();
    QCOMPARE(doc->data().texts.value(u"part4"_s), before);
    doc->push(new SetText(doc.get(), u"glossary"_s, u"x"_s));
    doc->push(new SetText(doc.get(), u"part4"_s, u"y"_s));
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestCommands::changeDepartment()
{
    auto doc = TestSupport::sampleDocument();
    DepartmentInfo info = doc->data().department;
    const DepartmentInfo before = info;
    info.name = u"咸宁市数据局"_s;
    info.setKind(DepartmentInfo::Kind::CivilServiceManaged);
    info.units.append({ u"市政府大数据中心"_s, UnitKind::Institution, false });
    QSignalSpy spy(doc.get(), &Document::departmentChanged);
    doc->push(new ChangeDepartment(doc.get(), info));
    QCOMPARE(doc->data().department, info);
    QCOMPARE(spy.count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->data().department, before);
    doc->undoStack()->redo();
    QCOMPARE(doc->data().department, info);
}

void TestCommands::addAndRemoveProject()
{
    auto doc = TestSupport::sampleDocument();
    const qsizetype count = doc->data().projects.size();
    Project p;
    p.name = u"新项目"_s;
    p.funds.setAmount(FundSource::Appropriation, FundColumn::FullBudget, Money::fromFen(wan("10")));
    doc->push(new AddProject(doc.get(), 0, p));
    QCOMPARE(doc->data().projects.size(), count + 1);
    QCOMPARE(doc->data().projects.first().name, u"新项目"_s);
    QVERIFY(doc->data().projects.first().id > count);
    doc->undoStack()->undo();
    QCOMPARE(doc->data().projects.size(), count);

    const Project third = doc->data().projects.at(2);
    doc->push(new RemoveProject(doc.get(), 2));
    QCOMPARE(doc->data().projects.size(), count - 1);
    QVERIFY(doc->data().projects.at(2).id != third.id);
    doc->undoStack()->undo();
    QCOMPARE(doc->data().projects.at(2), third);
}

void TestCommands::changeProjectIsOneStepPerEdit()
{
    auto doc = TestSupport::sampleDocument();
    const Project before = doc->data().projects.at(0);
    Project p = before;
    p.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, Money::fromFen(wan("10")));
    doc->push(new ChangeProject(doc.get(), 0, p, u"执行数"_s));
    const Project first = p;
    PerformanceIndicator added;
    added.name = u"新增指标"_s;
    p.indicators.append(added);
    doc->push(new ChangeProject(doc.get(), 0, p));
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(doc->undoStack()->text(0), u"Edit project 市12345公共服务热线二期升级项目: 执行数"_s);
    QCOMPARE(doc->data().projects.at(0), p);
    doc->undoStack()->undo();
    QCOMPARE(doc->data().projects.at(0), first);
    doc->undoStack()->undo();
    QCOMPARE(doc->data().projects.at(0), before);
    doc->undoStack()->redo();
    QCOMPARE(doc->data().projects.at(0), first);
}

void TestCommands::readOnlyRefusesCommands()
{
    auto doc = TestSupport::sampleDocument();
    doc->setReadOnly(true, u"只读"_s);
    QVERIFY(!doc->push(new SetCellValue(doc.get(), { admin, wan("1") })));
    QString error;
    QVERIFY(!doc->enterCell(admin, u"1"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(error, u"只读"_s);
    QCOMPARE(doc->value(admin), wan("556.63"));
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestCommands::invalidInputChangesNothing_data()
{
    QTest::addColumn<CellRef>("ref");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << admin << u"abc"_s << u"not a number"_s;
    QTest::newRow("too many decimals") << admin << u"1.1234567"_s << u"at most 6"_s;
    QTest::newRow("overflow") << admin << u"1000000000"_s << u"beyond"_s;
    QTest::newRow("negative") << admin << u"-1"_s << u"negative"_s;
    QTest::newRow("derived cell") << total << u"1"_s << u"computed"_s;
    QTest::newRow("no such cell") << CellRef { u"T5"_s, u"9999999"_s, u"basic"_s } << u"1"_s << u"no cell"_s;
    QTest::newRow("count with decimals") << CellRef { u"ASSETS"_s, u"v_other"_s, u"value"_s } << u"1.5"_s
                                         << u"whole number"_s;
}

void TestCommands::invalidInputChangesNothing()
{
    QFETCH(CellRef, ref);
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto doc = TestSupport::sampleDocument();
    const auto cells = doc->data().cells;
    QString error;
    QVERIFY(!doc->enterCell(ref, text, MoneyUnit::Wanyuan, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(doc->data().cells, cells);
    QCOMPARE(doc->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
