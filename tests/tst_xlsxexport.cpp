#include "document/document.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxformsheet.h"
#include "exchange/xlsxreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Whole forms, every field; the ids are the document's own numbering.
QList<Project> withoutIds(QList<Project> projects)
{
    for (Project &project : projects)
        project.id = 0;
    return projects;
}

void compareInputs(const DocumentData &actual, const DocumentData &expected)
{
    QCOMPARE(actual.templateId, expected.templateId);
    QCOMPARE(actual.department, expected.department);
    QCOMPARE(actual.classRows, expected.classRows);
    QCOMPARE(actual.cells.size(), expected.cells.size());
    for (auto it = expected.cells.cbegin(); it != expected.cells.cend(); ++it)
        QCOMPARE(actual.cells.value(it.key(), -1), it.value());
    QCOMPARE(actual.texts, expected.texts);
    QCOMPARE(withoutIds(actual.projects), withoutIds(expected.projects));
}

} // namespace

// The Excel export: official layout (titles, merged headers, 栏次, 编制单位, units), totals as
// formulas with their values, and a workbook that reads back into the same document.
class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = TestSupport::sampleDocument();
        QString error;
        m_path = m_dir.filePath(QStringLiteral("sample.xlsx"));
        QVERIFY2(XlsxExport::write(*m_sample, m_path, &error), qPrintable(error));
        auto workbook = XlsxReader::read(m_path, &error);
        QVERIFY2(workbook, qPrintable(error));
        m_workbook = *workbook;
    }

    void everyTableHasItsSheet()
    {
        QStringList names;
        for (const SheetGrid &sheet : m_workbook.sheets)
            names.append(sheet.name);
        for (int n = 1; n <= 9; ++n)
            QVERIFY2(names.contains(QStringLiteral("公开0%1表").arg(n)), qPrintable(names.join(QLatin1Char(' '))));
        for (const QString &name : { XlsxExport::infoSheetName(), XlsxExport::textsSheetName(), XlsxFormSheet::title(),
                                     XlsxExport::figuresSheetName(), QStringLiteral("上年决算数") })
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void officialLayoutOfTable5()
    {
        const SheetGrid *t5 = m_workbook.sheet(QStringLiteral("公开05表"));
        QVERIFY(t5);
        QCOMPARE(t5->text(0, 5), QStringLiteral("公开05表"));
        QCOMPARE(t5->text(1, 0), QStringLiteral("一般公共预算财政拨款支出决算表"));
        QCOMPARE(t5->text(1, 5), QStringLiteral("一般公共预算财政拨款支出决算表")); // merged over the width
        QCOMPARE(t5->text(2, 0), QStringLiteral("编制单位：咸宁市政务服务和大数据管理局"));
        QCOMPARE(t5->text(2, 5), QStringLiteral("单位：万元"));
        // Two header rows: 本年支出 merged over 合计/基本支出/项目支出, 年初预算数 over both rows.
        const QStringList top { QStringLiteral("项目"), QStringLiteral("项目"), QStringLiteral("本年支出"),
                                QStringLiteral("本年支出"), QStringLiteral("本年支出"), QStringLiteral("年初预算数") };
        const QStringList bottom { QStringLiteral("科目编码"), QStringLiteral("科目名称"), QStringLiteral("合计"),
                                   QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("年初预算数") };
        for (int c = 0; c < 6; ++c) {
            QCOMPARE(t5->text(3, c), top.at(c));
            QCOMPARE(t5->text(4, c), bottom.at(c));
        }
        QCOMPARE(t5->text(5, 0), QStringLiteral("栏次"));
        QCOMPARE(t5->text(5, 2), QStringLiteral("1"));
        QCOMPARE(t5->text(5, 4), QStringLiteral("3"));
        QCOMPARE(t5->text(6, 1), QStringLiteral("合计"));
    }

    void totalsAreFormulasWithValues()
    {
        const SheetGrid *t5 = m_workbook.sheet(QStringLiteral("公开05表"));
        // Row 7 is 合计: its 合计 is 基本支出 + 项目支出 of the same row, cached as 4116.42.
        QCOMPARE(t5->cell(6, 2).formula, QStringLiteral("D7+E7"));
        QCOMPARE(t5->cell(6, 2).text, QStringLiteral("4116.42"));
        QVERIFY(t5->cell(6, 2).number);
        int row = -1;
        for (int r = 0; r < t5->rowCount(); ++r)
            row = t5->text(r, 0) == QLatin1String("2010601") ? r : row;
        QVERIFY(row > 6);
        QCOMPARE(t5->cell(row, 3).text, QStringLiteral("556.63"));
        QVERIFY(t5->cell(row, 3).formula.isEmpty());
        // Table 1 takes its figures from the other tables' sheets.
        const SheetGrid *t1 = m_workbook.sheet(QStringLiteral("公开01表"));
        QCOMPARE(t1->cell(6, 1).formula, QStringLiteral("'公开04表'!B7"));
        QCOMPARE(t1->cell(6, 1).text, QStringLiteral("4116.42"));
    }

    void informationTextsAndFigures()
    {
        const SheetGrid *info = m_workbook.sheet(XlsxExport::infoSheetName());
        QCOMPARE(info->text(1, 2), QStringLiteral("咸宁市政务服务和大数据管理局"));
        QCOMPARE(info->text(4, 2), QStringLiteral("2024"));
        QCOMPARE(info->text(5, 2), QStringLiteral("hubei-2024"));
        const SheetGrid *figures = m_workbook.sheet(XlsxExport::figuresSheetName());
        QVERIFY(figures->rowCount() > 50);
        bool found = false;
        for (int r = 1; r < figures->rowCount(); ++r)
            found = found || (figures->text(r, 2) == QLatin1String("4116.42") && figures->text(r, 1).contains(QStringLiteral("一般公共预算")));
        QVERIFY(found);
    }

    void roundTripGivesIdenticalInputs()
    {
        QString error;
        const auto first = WorkbookImport::createDocument(m_workbook, TestSupport::library(), QString(), &error);
        QVERIFY2(first, qPrintable(error));
        compareInputs(first->data, m_sample->data());

        // xlsx → document → xlsx → document
        const auto document = Document::create(first->reportTemplate, first->data, &error);
        QVERIFY(document);
        const QString again = m_dir.filePath(QStringLiteral("again.xlsx"));
        QVERIFY2(XlsxExport::write(*document, again, &error), qPrintable(error));
        const auto workbook = XlsxReader::read(again, &error);
        QVERIFY(workbook);
        const auto second = WorkbookImport::createDocument(*workbook, TestSupport::library(), QString(), &error);
        QVERIFY2(second, qPrintable(error));
        compareInputs(second->data, first->data);
    }

    void unknownStaysEmpty()
    {
        // An input nobody typed is written as an empty cell, not as 0, and reads back as unknown.
        auto empty = TestSupport::emptyDocument();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("empty.xlsx"));
        QVERIFY(XlsxExport::write(*empty, path, &error));
        const auto workbook = XlsxReader::read(path, &error);
        const SheetGrid *t9 = workbook->sheet(QStringLiteral("公开09表"));
        QCOMPARE(t9->text(t9->rowCount() - 1, 0), QStringLiteral("财政拨款“三公”经费"));
        QVERIFY(t9->cell(t9->rowCount() - 1, 2).text.isEmpty());                  // 预算数 因公出国（境）费
        QCOMPARE(t9->cell(t9->rowCount() - 1, 1).text, QStringLiteral("0")); // 预算数 合计 is computed: 0
    }

    void failureLeavesNothing()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.xlsx"));
        QVERIFY(!XlsxExport::write(*m_sample, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_sample;
    QString m_path;
    Workbook m_workbook;
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
