#include "commands/addremoveclassrow.h"
#include "document/document.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <xlsxwriter.h>
#include <zip.h>

namespace {

const CellRef basic2010601 { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };

// Table 5 laid out the way another program might: a year before the title, amounts in 元, the
// columns in another order (name first, the code in the middle, 合计 last), an empty row, a
// breakdown row, a new 项, a code no book has and a remarks column.
void writeForeignWorkbook(const QString &path, const char *basicOf2010601)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sheet1");
    worksheet_write_string(sheet, 0, 0, "2024年度一般公共预算财政拨款支出决算表", nullptr);
    worksheet_write_string(sheet, 1, 0, "编制单位：咸宁市政务服务和大数据管理局", nullptr);
    worksheet_write_string(sheet, 1, 5, "单位：元", nullptr);
    worksheet_merge_range(sheet, 2, 0, 3, 0, "科目名称", nullptr);
    worksheet_merge_range(sheet, 2, 1, 3, 1, "年初预算数", nullptr);
    worksheet_merge_range(sheet, 2, 2, 3, 2, "科目编码", nullptr);
    worksheet_merge_range(sheet, 2, 3, 2, 5, "本年支出", nullptr);
    worksheet_write_string(sheet, 3, 3, "项目支出", nullptr);
    worksheet_write_string(sheet, 3, 4, "基本支出", nullptr);
    worksheet_write_string(sheet, 3, 5, "合计", nullptr);
    worksheet_merge_range(sheet, 2, 6, 3, 6, "备注", nullptr);
    // row 5 (index 4) left empty
    worksheet_write_string(sheet, 5, 0, "合计", nullptr);
    worksheet_write_number(sheet, 5, 5, 99, nullptr); // a total is computed, never read
    worksheet_write_string(sheet, 6, 0, "行政运行", nullptr);
    worksheet_write_string(sheet, 6, 2, "2010601", nullptr);
    worksheet_write_number(sheet, 6, 1, 5181200, nullptr);
    worksheet_write_string(sheet, 6, 4, basicOf2010601, nullptr);
    worksheet_write_string(sheet, 6, 6, "增人", nullptr);
    worksheet_write_string(sheet, 7, 0, "其中：临时聘用", nullptr);
    worksheet_write_number(sheet, 7, 4, 1000, nullptr);
    worksheet_write_string(sheet, 8, 0, "事业运行", nullptr);
    worksheet_write_string(sheet, 8, 2, "2010350", nullptr);
    worksheet_write_number(sheet, 8, 4, 12345.67, nullptr);
    worksheet_write_string(sheet, 9, 0, "不存在的科目", nullptr);
    worksheet_write_string(sheet, 9, 2, "2999999", nullptr);
    worksheet_write_number(sheet, 9, 4, 1, nullptr);
    workbook_close(workbook);
}

void writeZip(const QString &path, const QList<std::pair<const char *, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    for (const auto &[name, content] : parts) {
        zipOpenNewFileInZip64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0);
        zipWriteInFileInZip(zip, content.constData(), unsigned(content.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
}

const ImportPlan::TableReport &report(const ImportPlan &plan, const QString &tableId)
{
    for (const ImportPlan::TableReport &table : plan.tables) {
        if (table.tableId == tableId)
            return table;
    }
    qFatal("no report");
}

} // namespace

// Reading workbooks: tables found by title and headers wherever they stand, the preview of what
// was read, what did not match and what conflicts, one undo step, and refusals of bad files.
class TestXlsxImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void movedColumnsAndExtraRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.xlsx"));
        writeForeignWorkbook(path, "5,600,000.00");
        QString error;
        const auto workbook = XlsxReader::read(path, &error);
        QVERIFY2(workbook, qPrintable(error));
        auto sample = TestSupport::sampleDocument();
        const ImportPlan plan = WorkbookImport::plan(*workbook, *sample);
        const ImportPlan::TableReport &t5 = report(plan, QStringLiteral("T5"));
        QCOMPARE(t5.sheet, QStringLiteral("Sheet1"));
        QCOMPARE(t5.newRows, QStringList { QStringLiteral("2010350") });
        QCOMPARE(t5.unmatchedRows.size(), 2);
        QVERIFY(t5.unmatchedRows.at(0).contains(QStringLiteral("临时聘用")));
        QVERIFY(t5.unmatchedRows.at(1).contains(QStringLiteral("2999999")));
        QCOMPARE(t5.unmatchedColumns, QStringList { QStringLiteral("备注") });
        QVERIFY(t5.missingColumns.isEmpty());
        QVERIFY(t5.badCells.isEmpty());
        // 行政运行: 年初预算数 518.12 万元 as before; 基本支出 560.00 万元 against 556.63.
        QCOMPARE(t5.conflicts.size(), 1);
        QCOMPARE(t5.conflicts.constFirst().ref, basic2010601);
        QCOMPARE(t5.conflicts.constFirst().before, 556'630'000);
        QCOMPARE(t5.conflicts.constFirst().after, 560'000'000);
        QCOMPARE(t5.cellsRead, 3);
        const CellRef newBasic { QStringLiteral("T5"), QStringLiteral("2010350"), QStringLiteral("basic") };
        bool readNew = false;
        for (const CellInput &input : plan.inputs)
            readNew = readNew || (input.ref == newBasic && input.value == 1'234'567); // 12345.67 元
        QVERIFY(readNew);
        QVERIFY(report(plan, QStringLiteral("T2")).sheet.isEmpty());
        QVERIFY(plan.summary().contains(QStringLiteral("556.63")));
    }

    void applyingIsOneUndoStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("apply.xlsx"));
        writeForeignWorkbook(path, "5600000");
        QString error;
        const auto workbook = XlsxReader::read(path, &error);
        auto sample = TestSupport::sampleDocument();
        const qint64 total = sample->value({ QStringLiteral("T5"), QStringLiteral("total"), QStringLiteral("total") });
        const ImportPlan plan = WorkbookImport::plan(*workbook, *sample);
        QVERIFY(WorkbookImport::apply(sample.get(), plan));
        QCOMPARE(sample->undoStack()->count(), 1);
        QCOMPARE(sample->value(basic2010601), 560'000'000);
        QVERIFY(sample->data().classRows.value(QStringLiteral("T5")).contains(QStringLiteral("2010350")));
        QCOMPARE(sample->value({ QStringLiteral("T5"), QStringLiteral("total"), QStringLiteral("total") }),
                 total + 3'370'000 + 1'234'567);
        sample->undoStack()->undo();
        QCOMPARE(sample->value(basic2010601), 556'630'000);
        QVERIFY(!sample->data().classRows.value(QStringLiteral("T5")).contains(QStringLiteral("2010350")));
        QCOMPARE(sample->value({ QStringLiteral("T5"), QStringLiteral("total"), QStringLiteral("total") }), total);
    }

    void nothingChangesOnAReadOnlyDocument()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.xlsx"));
        writeForeignWorkbook(path, "5600000");
        QString error;
        const auto workbook = XlsxReader::read(path, &error);
        auto sample = TestSupport::sampleDocument();
        sample->setReadOnly(true);
        QVERIFY(!WorkbookImport::apply(sample.get(), WorkbookImport::plan(*workbook, *sample)));
        QCOMPARE(sample->value(basic2010601), 556'630'000);
    }

    void badFigureIsListedWithItsCell()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.xlsx"));
        writeForeignWorkbook(path, "五百六十万");
        QString error;
        const auto workbook = XlsxReader::read(path, &error);
        auto sample = TestSupport::sampleDocument();
        const ImportPlan plan = WorkbookImport::plan(*workbook, *sample);
        const ImportPlan::TableReport &t5 = report(plan, QStringLiteral("T5"));
        QCOMPARE(t5.badCells.size(), 1);
        QVERIFY2(t5.badCells.constFirst().startsWith(QStringLiteral("E7: ")), qPrintable(t5.badCells.constFirst()));
        QVERIFY(t5.conflicts.isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing.xlsx") << QByteArray() << QStringLiteral("Cannot read");
        QTest::newRow("text file") << QStringLiteral("text.xlsx") << QByteArray("hello, world") << QStringLiteral("not an Excel workbook");
        QTest::newRow("empty file") << QStringLiteral("empty.xlsx") << QByteArray("") << QStringLiteral("not an Excel workbook");
        QTest::newRow("foreign zip") << QStringLiteral("foreign.zip") << QByteArray("zip") << QStringLiteral("not an Excel workbook");
        QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << QByteArray("cut") << QStringLiteral("damaged");
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(name);
        if (content == "zip") {
            writeZip(path, { { "hello.txt", "hello" } });
        } else if (content == "cut") {
            auto sample = TestSupport::sampleDocument();
            QString error;
            const QString whole = m_dir.filePath(QStringLiteral("whole.xlsx"));
            QVERIFY(XlsxExport::write(*sample, whole, &error));
            QFile in(whole);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 2));
        } else if (name != QLatin1String("missing.xlsx")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        QString error;
        QVERIFY(!XlsxReader::read(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void hostileMergeIsBounded()
    {
        // A hand-made workbook whose one cell is merged over the whole sheet.
        const QString path = m_dir.filePath(QStringLiteral("hostile.xlsx"));
        writeZip(path, { { "xl/workbook.xml",
                           R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                           R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)" },
                         { "xl/_rels/workbook.xml.rels",
                           R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)" },
                         { "xl/worksheets/sheet1.xml",
                           R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row></sheetData>)"
                           R"(<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>)" } });
        QString error;
        const auto workbook = XlsxReader::read(path, &error);
        QVERIFY2(workbook, qPrintable(error));
        const SheetGrid &sheet = workbook->sheets.constFirst();
        QCOMPARE(sheet.text(0, 0), QStringLiteral("标题"));
        QCOMPARE(sheet.text(10, 10), QStringLiteral("标题"));
        QVERIFY(sheet.rowCount() <= 64 && sheet.columnCount() <= 64);
    }

    void workbookWithoutTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.xlsx"));
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        worksheet_write_string(workbook_add_worksheet(workbook, "名单"), 0, 0, "张三", nullptr);
        workbook_close(workbook);
        QString error;
        const auto read = XlsxReader::read(path, &error);
        QVERIFY(read);
        QVERIFY(!WorkbookImport::createDocument(*read, TestSupport::library(), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("No table")), qPrintable(error));
        QVERIFY(!WorkbookImport::createDocument(*read, TestSupport::library(), QStringLiteral("no-such"), &error));
        QVERIFY2(error.contains(QStringLiteral("no-such")), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
