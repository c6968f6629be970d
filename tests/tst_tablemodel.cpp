#include "commands/addremoveclassrow.h"
#include "document/document.h"
#include "models/navigationmodel.h"
#include "models/projectlistmodel.h"
#include "models/projectfundsmodel.h"
#include "models/projectindicatormodel.h"
#include "models/reasonlistmodel.h"
#include "models/tableclipboard.h"
#include "models/tableformmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionRange>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The item models over a document: the table form grid, clipboard ranges, navigation,
// projects and reasons.
class TestTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyTablePassesTheModelTester();
    void facingRowsShareALine_data();
    void facingRowsShareALine();
    void headersCarryTitlePathsAndLanci();
    void derivedCellsAreLockedAndExplained_data();
    void derivedCellsAreLockedAndExplained();
    void classificationRowsAreIndented();
    void setDataPushesAnUndoableEdit();
    void badInputIsRefusedWithTheModelsMessage_data();
    void badInputIsRefusedWithTheModelsMessage();
    void editsReachEveryModelAsDataChanged();
    void displayUnitSwitchesToYuan();
    void pastesARangeWithSeparatorsAsOneStep();
    void pasteOntoDerivedCellsChangesNothing();
    void pasteBeyondTheTableChangesNothing();
    void singleValueFillsTheSelection();
    void copyGivesPlainNumbers();
    void cellOutOfRangeShowsAsSuch();
    void addingAndRemovingAClassRowIsUndoable();
    void readOnlyDocumentRefusesEdits();
    void navigationMarksFilledEntries();
    void projectModelsEditThroughCommands();
    void reasonModelFollowsTexts();

private:
    QModelIndex cell(const TableFormModel &model, const QString &row, const QString &column) const;

    std::unique_ptr<Document> m_document;
};

void TestTableModel::init()
{
    m_document = TestSupport::sampleDocument();
}

QModelIndex TestTableModel::cell(const TableFormModel &model, const QString &row, const QString &column) const
{
    return model.indexOf({ model.tableId(), row, column });
}

void TestTableModel::everyTablePassesTheModelTester()
{
    QStringList ids;
    for (const LayoutTable &table : m_document->layout().tables())
        ids.append(table.def->id); // adding a row below rebuilds the layout
    for (const QString &id : std::as_const(ids)) {
        const TableDef *def = m_document->reportTemplate().table(id);
        TableFormModel model(id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_document.get());
        QVERIFY2(model.rowCount() > 0, qPrintable(id));
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                model.index(row, column).data(Qt::ToolTipRole);
        }
        if (def->hasClassificationRows()) {
            m_document->push(new AddClassRow(m_document.get(), id, u"2013901"_s));
            m_document->undoStack()->undo();
        }
    }
}

void TestTableModel::facingRowsShareALine_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("line");
    // T1 and T4 list 26 类 on the expenditure side; T4's income side has three sub-rows more.
    QTest::newRow("T1 本年收入合计 ‖ 本年支出合计") << u"T1"_s << u"I_SUM"_s << u"E_SUM"_s << 26;
    QTest::newRow("T1 总计 ‖ 总计") << u"T1"_s << u"I_TOT"_s << u"E_TOT"_s << 29;
    QTest::newRow("T4 年初 ‖ 年末结转和结余") << u"T4"_s << u"BOY"_s << u"E_EOY"_s << 27;
    QTest::newRow("T4 总计 ‖ 总计 after the sub-rows") << u"T4"_s << u"I_TOT"_s << u"E_TOT"_s << 31;
    QTest::newRow("T6 人员经费合计 ‖ 公用经费合计") << u"T6"_s << u"P_TOTAL"_s << u"C_TOTAL"_s << -1;
}

void TestTableModel::facingRowsShareALine()
{
    QFETCH(QString, table);
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, line);
    TableFormModel model(table);
    model.setDocument(m_document.get());
    const int at = model.grid().lineOf(left);
    QCOMPARE(model.grid().lineOf(right), at);
    if (line >= 0)
        QCOMPARE(at, line);
    if (left.endsWith(u"TOT"_s) || left.endsWith(u"TOTAL"_s))
        QCOMPARE(at, model.rowCount() - 1); // the totals close both sides
    // Both sides start at the top.
    QVERIFY(model.grid().rowAt(0, 0));
    QVERIFY(model.grid().rowAt(0, model.columnCount() - 1));
}

void TestTableModel::headersCarryTitlePathsAndLanci()
{
    TableFormModel t5(u"T5"_s);
    t5.setDocument(m_document.get());
    const int basic = cell(t5, u"total"_s, u"basic"_s).column();
    QCOMPARE(t5.headerData(basic, Qt::Horizontal, TableFormModel::HeaderPathRole).toStringList(),
             QStringList({ u"本年支出"_s, u"基本支出"_s }));
    QCOMPARE(t5.headerData(basic, Qt::Horizontal, TableFormModel::LanciRole).toString(), u"2"_s);
    QCOMPARE(t5.headerData(0, Qt::Horizontal, TableFormModel::HeaderPathRole).toStringList(),
             QStringList({ u"项目"_s, u"科目编码"_s }));
    QCOMPARE(t5.grid().frozenColumnCount(), 2);

    TableFormModel t1(u"T1"_s);
    t1.setDocument(m_document.get());
    QCOMPARE(t1.headerData(0, Qt::Horizontal, TableFormModel::HeaderPathRole).toStringList(),
             QStringList({ u"收入"_s, u"项目"_s }));
    QCOMPARE(t1.headerData(3, Qt::Horizontal, TableFormModel::HeaderPathRole).toStringList(),
             QStringList({ u"支出"_s, u"金额"_s }));
    QCOMPARE(t1.columnCount(), 4);

    TableFormModel t9(u"T9"_s);
    t9.setDocument(m_document.get());
    QCOMPARE(t9.headerData(cell(t9, u"main"_s, u"a_car_run"_s).column(), Qt::Horizontal,
                           TableFormModel::HeaderPathRole)
                     .toStringList(),
             QStringList({ u"决算数"_s, u"公务用车购置及运行费"_s, u"公务用车运行费"_s }));
}

void TestTableModel::derivedCellsAreLockedAndExplained_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("T5 合计 column") << u"T5"_s << u"2010601"_s << u"total"_s << u"= 基本支出 + 项目支出"_s;
    QTest::newRow("T5 款 row") << u"T5"_s << u"20106"_s << u"basic"_s
                               << u"= 2010601 行政运行 + 2010602 一般行政管理事务"_s;
    QTest::newRow("T9 公车小计") << u"T9"_s << u"main"_s << u"a_car"_s << u"= 公务用车购置费 + 公务用车运行费"_s;
    QTest::newRow("T1 from T4") << u"T1"_s << u"I1"_s << u"amount"_s << u"= 公开04表「一、一般公共预算财政拨款」"_s;
    QTest::newRow("T1 总计") << u"T1"_s << u"I_TOT"_s << u"amount"_s
                             << u"= 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余"_s;
    QTest::newRow("T4 年末 with minus") << u"T4"_s << u"E_EOY"_s << u"gpb"_s
                                        << u"= 一般公共预算财政拨款 + 一、一般公共预算财政拨款 − 本年支出合计"_s;
}

void TestTableModel::derivedCellsAreLockedAndExplained()
{
    QFETCH(QString, table);
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, tooltip);
    TableFormModel model(table);
    model.setDocument(m_document.get());
    const QModelIndex index = cell(model, row, column);
    QVERIFY(index.isValid());
    QVERIFY(!(model.flags(index) & Qt::ItemIsEditable));
    QCOMPARE(index.data(TableFormModel::IsInputRole).toBool(), false);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), tooltip);
    QVERIFY(index.data(Qt::BackgroundRole).isValid());
}

void TestTableModel::classificationRowsAreIndented()
{
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    const int line = model.rowForCode(u"2010601"_s);
    QCOMPARE(model.index(line, 0).data().toString(), u"2010601"_s);
    QCOMPARE(model.index(line, 1).data().toString(), u"\u3000\u3000行政运行"_s);
    QCOMPARE(model.index(model.rowForCode(u"201"_s), 1).data().toString(), u"一般公共服务支出"_s);
    QCOMPARE(model.index(line, 1).data(TableFormModel::RowLevelRole).toInt(), 3);
    QVERIFY(model.flags(cell(model, u"2010601"_s, u"basic"_s)) & Qt::ItemIsEditable);
}

void TestTableModel::setDataPushesAnUndoableEdit()
{
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    const QModelIndex basic = cell(model, u"2010601"_s, u"basic"_s);
    const QModelIndex total = cell(model, u"total"_s, u"total"_s);
    QCOMPARE(total.data().toString(), u"4,116.42"_s);
    QVERIFY(model.setData(basic, u"600"_s));
    QCOMPARE(basic.data().toString(), u"600.00"_s);
    QCOMPARE(basic.data(Qt::EditRole).toString(), u"600.00"_s);
    QCOMPARE(total.data().toString(), u"4,159.79"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(basic.data().toString(), u"556.63"_s);
    QCOMPARE(total.data().toString(), u"4,116.42"_s);
    m_document->undoStack()->redo();
    QCOMPARE(total.data().toString(), u"4,159.79"_s);
}

void TestTableModel::badInputIsRefusedWithTheModelsMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << u"abc"_s;
    QTest::newRow("too many decimals") << u"1.1234567"_s;
    QTest::newRow("negative") << u"-5"_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s;
}

void TestTableModel::badInputIsRefusedWithTheModelsMessage()
{
    QFETCH(QString, text);
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    QSignalSpy refused(&model, &TableFormModel::entryRefused);
    const QModelIndex basic = cell(model, u"2010601"_s, u"basic"_s);
    QVERIFY(!model.setData(basic, text));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().at(1).toString().isEmpty());
    QCOMPARE(refused.first().at(0).value<QModelIndex>(), basic);
    QCOMPARE(basic.data().toString(), u"556.63"_s);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTableModel::editsReachEveryModelAsDataChanged()
{
    TableFormModel t5(u"T5"_s), t4(u"T4"_s), t1(u"T1"_s), t3(u"T3"_s);
    for (TableFormModel *model : { &t5, &t4, &t1, &t3 })
        model->setDocument(m_document.get());
    QSignalSpy t4Changed(&t4, &QAbstractItemModel::dataChanged);
    QSignalSpy t3Changed(&t3, &QAbstractItemModel::dataChanged);
    QVERIFY(t5.setData(cell(t5, u"2010601"_s, u"basic"_s), u"600"_s));
    QCOMPARE(t4Changed.count(), 1);
    QCOMPARE(t3Changed.count(), 0);
    const QModelIndex gpb201 = cell(t4, u"201"_s, u"gpb"_s);
    const QItemSelectionRange changed(t4Changed.first().at(0).value<QModelIndex>(),
                                      t4Changed.first().at(1).value<QModelIndex>());
    QVERIFY(changed.contains(gpb201));
    QCOMPARE(gpb201.data().toString(), u"4,000.49"_s);

    QSignalSpy t1Changed(&t1, &QAbstractItemModel::dataChanged);
    QVERIFY(t3.setData(cell(t3, u"2010601"_s, u"basic"_s), u"600"_s));
    QCOMPARE(t1Changed.count(), 1);
    QCOMPARE(cell(t1, u"201"_s, u"amount"_s).data().toString(), u"4,000.49"_s);
    QCOMPARE(cell(t1, u"E_SUM"_s, u"amount"_s).data().toString(), u"4,159.79"_s);
}

void TestTableModel::displayUnitSwitchesToYuan()
{
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUnit(MoneyUnit::Yuan);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, u"2010601"_s, u"basic"_s).data().toString(), u"5,566,300.00"_s);
    QVERIFY(model.setData(cell(model, u"2010601"_s, u"basic"_s), u"1000"_s));
    QCOMPARE(m_document->value({ u"T5"_s, u"2010601"_s, u"basic"_s }), 100'000);
}

void TestTableModel::pastesARangeWithSeparatorsAsOneStep()
{
    TableFormModel model(u"T3"_s);
    model.setDocument(m_document.get());
    const QModelIndex topLeft = cell(model, u"2080502"_s, u"basic"_s);
    QCOMPARE(cell(model, u"2080506"_s, u"basic"_s).row(), topLeft.row() + 2);
    // What Excel or WPS puts on the clipboard: separators, full-width digits, blanks, empty cells.
    const QString tsv = u"1,234.50\t２.５\t\t0\r\n7 \t1,000\t3.00\t\r\n\t5\t６\t1,111,111.11\r\n"_s;
    QString error;
    QVERIFY2(TableClipboard::paste(model, QRect(topLeft.column(), topLeft.row(), 1, 1), tsv, &error),
             qPrintable(error));
    QCOMPARE(m_document->undoStack()->count(), 1);
    const auto value = [&](const char *row, const char *column) {
        return m_document->value({ u"T3"_s, QString::fromLatin1(row), QString::fromLatin1(column) });
    };
    QCOMPARE(value("2080502", "basic"), 1'234'500'000LL);
    QCOMPARE(value("2080502", "project"), 2'500'000);
    QCOMPARE(value("2080502", "remit"), 0);
    QVERIFY(m_document->data().cells.contains({ u"T3"_s, u"2080502"_s, u"operating"_s })); // 0 typed
    QCOMPARE(value("2080505", "basic"), 7'000'000);
    QCOMPARE(value("2080505", "project"), 1'000'000'000);
    QCOMPARE(value("2080506", "operating"), 1'111'111'110'000LL);
    QVERIFY(!m_document->data().cells.contains({ u"T3"_s, u"2080506"_s, u"basic"_s })); // emptied
    QCOMPARE(cell(model, u"2080505"_s, u"total"_s).data().toString(), u"1,010.00"_s);

    m_document->undoStack()->undo();
    QCOMPARE(value("2080502", "basic"), 12'000'000);
    QCOMPARE(value("2080506", "basic"), 15'390'000);
    QVERIFY(!m_document->data().cells.contains({ u"T3"_s, u"2080502"_s, u"operating"_s }));
}

void TestTableModel::pasteOntoDerivedCellsChangesNothing()
{
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    const QModelIndex total = cell(model, u"2010601"_s, u"total"_s);
    QString error;
    QVERIFY(!TableClipboard::paste(model, QRect(total.column(), total.row(), 1, 1), u"1\t2\n3\t4\n"_s, &error));
    QVERIFY(error.contains(u"computed"_s));
    // A range whose only locked cell is the last one changes nothing either.
    const QModelIndex basic = cell(model, u"2010602"_s, u"basic"_s);
    QVERIFY(!TableClipboard::paste(model, QRect(basic.column(), basic.row(), 1, 1), u"1\n2\n"_s, &error));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->value({ u"T5"_s, u"2010602"_s, u"basic"_s }), 0);
}

void TestTableModel::pasteBeyondTheTableChangesNothing()
{
    TableFormModel model(u"T9"_s);
    model.setDocument(m_document.get());
    const QModelIndex last = cell(model, u"main"_s, u"a_recv"_s);
    QString error;
    QVERIFY(!TableClipboard::paste(model, QRect(last.column(), last.row(), 1, 1), u"1\t2\n"_s, &error));
    QVERIFY(error.contains(u"beyond"_s));
    QVERIFY(!TableClipboard::paste(model, QRect(0, 0, 1, 1), u"1"_s, &error));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTableModel::singleValueFillsTheSelection()
{
    TableFormModel model(u"T9"_s);
    model.setDocument(m_document.get());
    const QModelIndex from = cell(model, u"main"_s, u"b_car_buy"_s);
    QString error;
    QVERIFY2(TableClipboard::paste(model, QRect(from.column(), from.row(), 2, 1), u"3.5\n"_s, &error),
             qPrintable(error));
    QCOMPARE(m_document->value({ u"T9"_s, u"main"_s, u"b_car_buy"_s }), 3'500'000);
    QCOMPARE(m_document->value({ u"T9"_s, u"main"_s, u"b_car_run"_s }), 3'500'000);
    QCOMPARE(cell(model, u"main"_s, u"b_car"_s).data().toString(), u"7.00"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestTableModel::copyGivesPlainNumbers()
{
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    const QModelIndex total = cell(model, u"total"_s, u"total"_s);
    const QString copied = TableClipboard::copy(model, QRect(total.column() - 1, total.row(), 4, 2));
    QCOMPARE(copied, u"合计\t4116.42\t702.92\t3413.50\n一般公共服务支出\t3957.12\t556.63\t3400.49\n"_s);
}

void TestTableModel::cellOutOfRangeShowsAsSuch()
{
    TableFormModel model(u"T5"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    QVERIFY(model.setData(cell(model, u"2010601"_s, u"basic"_s), u"100000000"_s));
    QVERIFY(model.setData(cell(model, u"2010601"_s, u"project"_s), u"1"_s));
    const QModelIndex total = cell(model, u"2010601"_s, u"total"_s);
    QCOMPARE(total.data().toString(), TableFormModel::outOfRangeText());
    QVERIFY(total.data(Qt::ToolTipRole).toString().contains(u"1,000,000,000,000"_s));
    QCOMPARE(model.plainText(total), TableFormModel::outOfRangeText());
    QCOMPARE(cell(model, u"2010601"_s, u"basic"_s).data().toString(), u"100,000,000.00"_s);
    m_document->undoStack()->undo();
    QCOMPARE(total.data().toString(), u"100,000,000.00"_s);
}

void TestTableModel::addingAndRemovingAClassRowIsUndoable()
{
    TableFormModel model(u"T5"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    const int rows = model.rowCount();
    m_document->push(new AddClassRow(m_document.get(), u"T5"_s, u"2010301"_s));
    QCOMPARE(model.rowCount(), rows + 2); // the 项 and its 款 20103; 类 201 is there already
    QCOMPARE(model.rowForCode(u"20103"_s), model.rowForCode(u"2010301"_s) - 1);
    QVERIFY(model.rowForCode(u"2010301"_s) < model.rowForCode(u"20106"_s)); // code order
    m_document->push(new RemoveClassRow(m_document.get(), u"T5"_s, u"2010601"_s));
    QCOMPARE(model.rowForCode(u"2010601"_s), -1);
    QCOMPARE(cell(model, u"total"_s, u"basic"_s).data().toString(), u"146.29"_s);
    m_document->undoStack()->undo();
    QCOMPARE(cell(model, u"2010601"_s, u"budget"_s).data().toString(), u"518.12"_s);
    QCOMPARE(cell(model, u"total"_s, u"basic"_s).data().toString(), u"702.92"_s);
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), rows);
}

void TestTableModel::readOnlyDocumentRefusesEdits()
{
    TableFormModel model(u"T5"_s);
    model.setDocument(m_document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_document->setReadOnly(true, u"locked for the test"_s);
    QCOMPARE(changed.count(), 1);
    const QModelIndex basic = cell(model, u"2010601"_s, u"basic"_s);
    QVERIFY(!(model.flags(basic) & Qt::ItemIsEditable));
    QSignalSpy refused(&model, &TableFormModel::entryRefused);
    QVERIFY(!model.setData(basic, u"1"_s));
    QCOMPARE(refused.first().at(1).toString(), u"locked for the test"_s);
    QString error;
    QVERIFY(!TableClipboard::paste(model, QRect(basic.column(), basic.row(), 1, 1), u"1"_s, &error));
    QCOMPARE(m_document->value({ u"T5"_s, u"2010601"_s, u"basic"_s }), 556'630'000);
}

void TestTableModel::navigationMarksFilledEntries()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::unique_ptr<Document> empty = TestSupport::emptyDocument();
    model.setDocument(empty.get());
    // The order of work comes first, before the department.
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(0, 0).data(NavigationModel::EntryRole).toString(), u"start"_s);
    QCOMPARE(model.index(3, 0).data().toString(), u"第二部分 2024年度部门决算表"_s); // the seed's title
    QCOMPARE(model.index(7, 0).data(NavigationModel::EntryRole).toString(), u"charts"_s);
    QCOMPARE(model.index(0, 0, model.index(4, 0)).data(NavigationModel::EntryRole).toString(), u"narrative"_s);
    QCOMPARE(model.rowCount(model.index(3, 0)), 9);
    QCOMPARE(model.index(0, 0, model.index(3, 0)).data().toString(), u"公开01表 收入支出决算总表"_s);
    const QModelIndex duties = model.indexOfEntry(u"text:duties"_s);
    QCOMPARE(duties.data(NavigationModel::StatusRole).toInt(), int(NavigationModel::Empty));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    empty->setText(u"duties"_s, u"主要职责"_s);
    QCOMPARE(duties.data(NavigationModel::StatusRole).toInt(), int(NavigationModel::Filled));
    QCOMPARE(changed.count(), 1);
    empty->setCellInputs({ { { u"T9"_s, u"main"_s, u"b_abroad"_s }, 100 } });
    QCOMPARE(model.indexOfEntry(u"table:T9"_s).data(NavigationModel::StatusRole).toInt(), int(NavigationModel::Filled));
    QVERIFY(!(model.flags(model.index(3, 0)) & Qt::ItemIsSelectable));

    model.setDocument(m_document.get());
    for (const char *entry : { "department", "table:T1", "table:T5", "sheet:SANGONG", "projects", "reasons", "text:glossary" })
        QCOMPARE(model.indexOfEntry(QString::fromLatin1(entry)).data(NavigationModel::StatusRole).toInt(),
                 int(NavigationModel::Filled));
    QCOMPARE(model.indexOfEntry(u"table:T7"_s).data(NavigationModel::StatusRole).toInt(), int(NavigationModel::Empty));

    // Audit findings outrank "filled" until they go away.
    model.setEntriesWithFindings({ u"table:T5"_s });
    QCOMPARE(model.indexOfEntry(u"table:T5"_s).data(NavigationModel::StatusRole).toInt(),
             int(NavigationModel::HasFindings));
    QCOMPARE(model.indexOfEntry(u"table:T5"_s).data(Qt::ToolTipRole).toString(), u"Has audit findings"_s);
    model.setEntriesWithFindings({});
    QCOMPARE(model.indexOfEntry(u"table:T5"_s).data(NavigationModel::StatusRole).toInt(), int(NavigationModel::Filled));
}

void TestTableModel::projectModelsEditThroughCommands()
{
    ProjectListModel projects;
    ProjectIndicatorModel outputs;
    QAbstractItemModelTester projectTester(&projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester outputTester(&outputs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    projects.setDocument(m_document.get());
    outputs.setDocument(m_document.get());
    const int count = projects.rowCount();
    QCOMPARE(count, int(m_document->data().projects.size()));
    QCOMPARE(projects.index(1, ProjectListModel::CompletionColumn).data().toString(), u"93.14%"_s);
    // Amounts read like the tables' (thousands separators, two decimals); the tooltip is exact.
    QCOMPARE(projects.index(2, ProjectListModel::BudgetColumn).data().toString(), u"2,087.00"_s);
    QCOMPARE(projects.index(2, ProjectListModel::BudgetColumn).data(Qt::ToolTipRole).toString(), u"2087.00"_s);
    QCOMPARE(projects.index(4, ProjectListModel::ExecutedColumn).data().toString(), u"459.47"_s);
    QCOMPARE(projects.index(4, ProjectListModel::ExecutedColumn).data(Qt::ToolTipRole).toString(), u"459.4737"_s);

    outputs.setProjectId(projects.index(0, 0).data(ProjectListModel::ProjectIdRole).toLongLong());
    QCOMPARE(outputs.rowCount(), 2);
    QVERIFY(outputs.setData(outputs.index(0, ProjectIndicatorModel::ActualColumn), u"43"_s));
    QCOMPARE(m_document->data().projects.first().indicators.first().actual, u"43"_s);
    QCOMPARE(outputs.addIndicator(IndicatorCategory::Satisfaction), 2);
    QCOMPARE(outputs.rowCount(), 3);
    QVERIFY(outputs.removeIndicator(0));
    QCOMPARE(outputs.rowCount(), 2);

    ProjectFundsModel funds;
    QAbstractItemModelTester fundsTester(&funds, QAbstractItemModelTester::FailureReportingMode::QtTest);
    funds.setDocument(m_document.get());
    funds.setProjectId(outputs.projectId());
    QSignalSpy refused(&funds, &ProjectFundsModel::entryRefused);
    const QModelIndex budget = funds.index(ProjectFundsModel::AppropriationRow, ProjectFundsModel::FullBudgetColumn);
    QVERIFY(!funds.setData(budget, u"abc"_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(funds.setData(budget, u"20"_s));
    QCOMPARE(projects.index(0, ProjectListModel::CompletionColumn).data().toString(), u"95.90%"_s);

    QVERIFY(projects.addProject(1, u"新项目"_s));
    QCOMPARE(projects.rowCount(), count + 1);
    QCOMPARE(projects.index(1, 0).data().toString(), u"新项目"_s);
    QVERIFY(projects.removeProject(0));
    QCOMPARE(outputs.rowCount(), 0); // its project is gone
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(projects.rowCount(), count);
    QCOMPARE(m_document->data().projects.first().indicators.first().actual, u"42"_s);
}

void TestTableModel::reasonModelFollowsTexts()
{
    ReasonListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_document.get());
    const int count = model.rowCount();
    QVERIFY(count > 5);
    // No row shows a key: each says what it explains, in the narrative's words.
    int missing = -1;
    for (int row = 0; row < count; ++row) {
        const QString subject = model.index(row, ReasonListModel::SubjectColumn).data().toString();
        QVERIFY2(!subject.isEmpty() && !subject.contains(u"reason."_s) && !subject.contains(u"use."_s),
                 qPrintable(subject));
        if (missing < 0 && model.index(row, 0).data(ReasonListModel::MissingRole).toBool())
            missing = row;
    }
    const int use201 = model.rowForKey(u"use.201"_s);
    QVERIFY(use201 >= 0);
    QVERIFY(model.catalog().asks(u"use.201"_s));
    QVERIFY2(model.index(use201, ReasonListModel::SubjectColumn).data().toString().contains(u"一般公共服务支出"_s),
             qPrintable(model.index(use201, ReasonListModel::SubjectColumn).data().toString()));
    // A reason the narrative asks for and nobody wrote yet is listed, waiting; writing it keeps its row.
    QVERIFY(missing >= 0);
    QCOMPARE(model.index(missing, ReasonListModel::TextColumn).data().toString(), u"(to be written)"_s);
    const QString key = model.keyAt(missing);
    QVERIFY(model.setData(model.index(missing, ReasonListModel::TextColumn), u"人员增加"_s));
    QCOMPARE(m_document->data().texts.value(key), u"人员增加"_s);
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.rowForKey(key), missing);
    QVERIFY(!model.index(missing, 0).data(ReasonListModel::MissingRole).toBool());
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), count);
    QVERIFY(model.index(missing, 0).data(ReasonListModel::MissingRole).toBool());
    // A reason the narrative does not quote is listed under its 项 while it has a text.
    QString error;
    QVERIFY(!model.setText(u"duties"_s, u"x"_s, &error));
    QVERIFY(!model.catalog().asks(u"reason.item.2010301"_s));
    QVERIFY(model.setText(u"reason.item.2010301"_s, u"人员增加"_s, &error));
    QCOMPARE(model.rowCount(), count + 1);
    QVERIFY(model.subject(u"reason.item.2010301"_s).startsWith(u"2010301 "_s));
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.rowForKey(u"reason.item.2010301"_s), -1);
}

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
