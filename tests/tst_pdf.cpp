#include "testsupport.h"

#include "cjkfont.h"
#include "commands/addremoveclassrow.h"
#include "commands/changedepartment.h"
#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "print/disclosureexport.h"
#include "print/disclosurerenderer.h"
#include "print/pagesetupstore.h"
#include "report/reportcontent.h"
#include "profile/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

// The exported disclosure read back with poppler's tools, as a reader of the PDF would see it.
class TestPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pageCountAndNumbers();
    void tableTitles_data();
    void tableTitles();
    void seedTotals();
    void narrativeFigures();
    void emptyTableNote();
    void embeddedChineseSubset();
    void draftWatermarkUntilFinal();
    void coverDateIsThePublicationDate();
    void longTableRepeatsItsHeader();
    void printerAndPreviewPaintTheSamePages();
    void commandLineFile();
    void commandLineFolder();
    void commandLineOdt();

private:
    static QString run(const QString &program, const QStringList &arguments);
    static int pageCount(const QString &pdf);
    // The text of pages [first, last] (all when 0) with line breaks, spaces and page numbers
    // removed, so that sentences wrapped across lines and pages are found whole. `raw` keeps
    // the order in which the text was drawn, which keeps the tilted watermark together.
    static QString text(const QString &pdf, int first = 0, int last = 0, bool raw = false);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_sample;
    QString m_final; // the sample exported as final: no watermark between the words
    QString m_finalText;
};

QString TestPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestPdf::pageCount(const QString &pdf)
{
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
              .match(run(u"pdfinfo"_s, { pdf }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString TestPdf::text(const QString &pdf, int first, int last, bool raw)
{
    QStringList arguments;
    if (raw)
        arguments << u"-raw"_s;
    if (first > 0)
        arguments << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    arguments << pdf << u"-"_s;
    return run(u"pdftotext"_s, arguments)
        .remove(QRegularExpression(u"\\s"_s))
        .remove(QRegularExpression(u"第\\d+页共\\d+页"_s));
}

void TestPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are needed to read the PDF back");
    QVERIFY(m_dir.isValid());
    QVERIFY2(!CjkFont::family().isEmpty(), "no Chinese font installed");
    m_sample = TestSupport::sampleDocument();
    ReportContent content = ReportContent::build(*m_sample);
    content.final = true;
    m_final = path(u"final.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(content, m_final, &error), qPrintable(error));
    m_finalText = text(m_final);
    QVERIFY(!m_finalText.isEmpty());
}

void TestPdf::pageCountAndNumbers()
{
    const int pages = pageCount(m_final);
    QVERIFY2(pages >= 20 && pages <= 40, qPrintable(QString::number(pages)));
    // The cover carries no number; the contents page is page 1.
    const int numbered = pages - 1;
    const auto footer = [&](int page) {
        return run(u"pdftotext"_s,
            { u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), m_final, u"-"_s })
            .contains(u"第 %1 页 共 %2 页"_s.arg(page - 1).arg(numbered));
    };
    QVERIFY(!run(u"pdftotext"_s, { u"-l"_s, u"1"_s, m_final, u"-"_s }).contains(u"页 共"_s));
    QVERIFY(footer(2));
    QVERIFY(footer(pages / 2));
    QVERIFY(footer(pages));
    // The contents points at the page where Part 3 begins.
    const QRegularExpressionMatch entry
        = QRegularExpression(u"第三部分2024年度部门决算情况说明\\.*(\\d+)"_s).match(text(m_final, 2, 2));
    QVERIFY(entry.hasMatch());
    const int part3 = entry.captured(1).toInt();
    QVERIFY(text(m_final, part3 + 1, part3 + 1).startsWith(u"第三部分2024年度部门决算情况说明"_s));
}

void TestPdf::tableTitles_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("title");
    for (const TableDef &def : m_sample->reportTemplate().tables()) {
        if (def.statutory)
            QTest::newRow(qPrintable(def.id)) << def.number << def.title;
    }
}

void TestPdf::tableTitles()
{
    QFETCH(QString, number);
    QFETCH(QString, title);
    // Number top right, then the title, then 编制单位 on the table's first page.
    QVERIFY2(m_finalText.contains(number + title + u"编制单位：咸宁市政务服务和大数据管理局"_s),
        qPrintable(title));
    QVERIFY(m_finalText.count(u"单位：万元"_s) >= 9);
}

void TestPdf::seedTotals()
{
    // Stated in Part 3 without separators and printed in the tables with them.
    for (const QString &figure : { u"4117.47"_s, u"4116.42"_s, u"4,117.47"_s, u"4,116.42"_s, u"702.92"_s })
        QVERIFY2(m_finalText.contains(figure), qPrintable(figure));
}

void TestPdf::narrativeFigures()
{
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(m_sample->reportTemplate(), &error);
    QVERIFY2(wording, qPrintable(error));
    const NarrativeText narrative = NarrativeGenerator::generate(*wording, *m_sample);
    // pdftotext joins a "--" (not comparable) that ends a line into one dash, as if hyphenated.
    const auto plain = [](QString text) {
        return text.remove(QRegularExpression(u"\\s"_s)).replace(QRegularExpression(u"-+"_s), u"-"_s);
    };
    const QString pdfText = plain(m_finalText);
    int figures = 0;
    for (const NarrativeBlock &block : narrative.blocks) {
        for (const NarrativeRun &run : block.runs) {
            if (run.kind != NarrativeRun::Kind::Figure)
                continue;
            ++figures;
            QVERIFY2(pdfText.contains(plain(run.text)), qPrintable(run.text));
        }
        QVERIFY2(pdfText.contains(plain(block.plainText())), qPrintable(block.plainText()));
    }
    QVERIFY(figures > 50);
}

void TestPdf::emptyTableNote()
{
    const QString note = m_sample->reportTemplate().table(u"T7"_s)->emptyNote;
    QVERIFY(m_finalText.contains(note));
}

void TestPdf::embeddedChineseSubset()
{
    const QString fonts = run(u"pdffonts"_s, { m_final });
    const QString family = CjkFont::family().remove(u' ');
    bool embedded = false;
    for (const QString &line : fonts.split(u'\n')) {
        // name, type…, then the emb column says yes.
        if (line.startsWith(family) && line.contains(u"Identity-H"_s))
            embedded = line.section(u"Identity-H"_s, 1).simplified().startsWith(u"yes"_s);
    }
    QVERIFY2(embedded, qPrintable(fonts));
    // The font file alone is megabytes; a subset keeps the whole document small.
    QVERIFY(QFile(m_final).size() < 2 * 1024 * 1024);
}

void TestPdf::draftWatermarkUntilFinal()
{
    const QString draft = path(u"draft.pdf"_s);
    QString error;
    QVERIFY(DisclosureExport::writePdf(ReportContent::build(*m_sample), draft, &error));
    const int pages = pageCount(draft);
    for (const int page : { 1, 2, pages })
        QVERIFY2(
            text(draft, page, page, true).contains(u"初稿/未通过审核"_s), qPrintable(QString::number(page)));
    QVERIFY(!m_finalText.contains(u"未通过审核"_s));
}

void TestPdf::coverDateIsThePublicationDate()
{
    // Unknown: the cover states no date at all (the export date would be false).
    const QString cover = text(m_final, 1, 1, true);
    QVERIFY2(cover.contains(u"2024年度部门决算"_s), qPrintable(cover));
    QVERIFY2(!cover.contains(u"日期"_s) && !cover.contains(u"月"_s), qPrintable(cover));

    auto document = TestSupport::sampleDocument();
    DepartmentInfo department = document->data().department;
    department.published = QDate(2025, 9, 10);
    document->undoStack()->push(new ChangeDepartment(document.get(), department));
    const QString dated = path(u"dated.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(ReportContent::build(*document), dated, &error), qPrintable(error));
    QVERIFY(text(dated, 1, 1, true).contains(u"公开日期：2025年9月10日"_s));
    document->undoStack()->undo();
    QVERIFY(!document->data().department.published.isValid());
}

void TestPdf::longTableRepeatsItsHeader()
{
    auto document = TestSupport::emptyDocument();
    const CodeBook &book = document->reportTemplate().functionalBook();
    int added = 0;
    for (const CodeEntry &entry : book.entries()) {
        if (CodeBook::levelOf(entry.code) == CodeBook::Item && added < 90) {
            document->undoStack()->push(new AddClassRow(document.get(), u"T5"_s, entry.code));
            ++added;
        }
    }
    QCOMPARE(added, 90);
    const QString pdf = path(u"long.pdf"_s);
    QString error;
    QVERIFY(DisclosureExport::writePdf(ReportContent::build(*document), pdf, &error));
    const TableDef *t5 = document->reportTemplate().table(u"T5"_s);
    const QString title = t5->title;
    QList<int> pages;
    for (int page = 1; page <= pageCount(pdf); ++page) {
        if (text(pdf, page, page).contains(t5->number + title))
            pages.append(page);
    }
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    for (const int page : pages) {
        const QString content = text(pdf, page, page);
        QVERIFY(content.contains(u"科目编码"_s) && content.contains(u"科目名称"_s));
        QVERIFY(content.contains(u"本年支出"_s));
        if (page != pages.constFirst())
            QVERIFY(content.contains(title + u"（续表）"_s));
    }
    // Every 项 row is printed once: none is cut across a page or lost.
    QString all;
    for (const int page : pages)
        all += text(pdf, page, page);
    int found = 0;
    for (const CodeEntry &entry : book.entries()) {
        if (CodeBook::levelOf(entry.code) == CodeBook::Item && found < 90) {
            QCOMPARE(all.count(entry.code), 1);
            ++found;
        }
    }
}

void TestPdf::printerAndPreviewPaintTheSamePages()
{
    ReportContent content = ReportContent::build(*m_sample);
    content.final = true;
    const int pages = pageCount(m_final);

    // Printing: the printer's own page setup, landscape pages for the wide tables.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(u"printed.pdf"_s));
    printer.setPageLayout(PageSetupStore::defaultLayout());
    QCOMPARE(DisclosureRenderer::render(content, &printer), pages);
    QCOMPARE(pageCount(printer.outputFileName()), pages);
    // The same characters; poppler may read neighbouring cells in another order at 1200 dpi.
    QString printed = text(printer.outputFileName());
    QString exported = m_finalText;
    std::sort(printed.begin(), printed.end());
    std::sort(exported.begin(), exported.end());
    QCOMPARE(printed, exported);
    const QString sizes
        = run(u"pdfinfo"_s, { u"-f"_s, u"1"_s, u"-l"_s, QString::number(pages), printer.outputFileName() });
    QVERIFY(sizes.contains(u"842 x 595"_s) || sizes.contains(u"841.89 x 595.276"_s));

    // The preview runs the same routine into its own printer.
    QPrinter previewPrinter(QPrinter::HighResolution);
    previewPrinter.setPageLayout(PageSetupStore::defaultLayout());
    QPrintPreviewWidget preview(&previewPrinter);
    connect(&preview, &QPrintPreviewWidget::paintRequested, this,
        [&content](QPrinter *target) { DisclosureRenderer::render(content, target); });
    preview.updatePreview();
    QCOMPARE(preview.pageCount(), pages);
}

void TestPdf::commandLineFile()
{
    const QString fadb = path(u"one.fadb"_s);
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, fadb }).exitCode, 0);
    const QString pdf = path(u"one.pdf"_s);
    const TestSupport::ProcessResult result = TestSupport::runApp({ u"pdf"_s, fadb, u"-o"_s, pdf });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(text(pdf, 1, 1, true).contains(u"初稿/未通过审核"_s));
    // The sample has audit errors and empty reasons: a final PDF is refused, in the user's language,
    // naming each of them, and nothing is written.
    const QString refused = path(u"refused.pdf"_s);
    const TestSupport::ProcessResult final = TestSupport::runApp({ u"pdf"_s, fadb, u"-o"_s, refused, u"--final"_s },
                                                                 { { u"LC_ALL"_s, u"zh_CN.UTF-8"_s } });
    QCOMPARE(final.exitCode, 1);
    QVERIFY(!QFile::exists(refused));
    const QString why = QString::fromUtf8(final.err);
    QVERIFY2(why.contains(u"未按终稿导出"_s), qPrintable(why));
    const ReportContent sample = ReportContent::build(*TestSupport::sampleDocument());
    QVERIFY(!sample.auditErrors.isEmpty() && !sample.emptyReasons.isEmpty());
    QCOMPARE(why.count(u"待填写原因："_s), sample.emptyReasons.size());
    QCOMPARE(why.count(u"审核错误："_s), sample.auditErrors.size());
    QVERIFY2(why.contains(sample.emptyReasons.constFirst()), qPrintable(why));
    QCOMPARE(TestSupport::runApp({ u"pdf"_s, path(u"missing.fadb"_s), u"-o"_s, pdf }).exitCode, 1);
    QCOMPARE(TestSupport::runApp({ u"pdf"_s, fadb }).exitCode, 64);
}

void TestPdf::commandLineFolder()
{
    QDir(m_dir.path()).mkpath(u"in"_s);
    for (const QString &name : { u"in/a.fadb"_s, u"in/b.fadb"_s })
        QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, path(name) }).exitCode, 0);
    const TestSupport::ProcessResult result
        = TestSupport::runApp({ u"pdf"_s, path(u"in"_s), u"-o"_s, path(u"out"_s) });
    QCOMPARE(result.exitCode, 0);
    const QString progress = QString::fromUtf8(result.err);
    QVERIFY2(
        progress.contains(u"[1/2] a.fadb"_s) && progress.contains(u"[2/2] b.fadb"_s), qPrintable(progress));
    for (const QString &name : { u"out/a.pdf"_s, u"out/b.pdf"_s })
        QVERIFY(pageCount(path(name)) > 20);
}

void TestPdf::commandLineOdt()
{
    const QString fadb = path(u"odt.fadb"_s);
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, fadb }).exitCode, 0);
    const QString odt = path(u"out.odt"_s);
    QCOMPARE(TestSupport::runApp({ u"odt"_s, fadb, u"-o"_s, odt }).exitCode, 0);
    QFile file(odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(100);
    // An ODF package: a zip whose first, uncompressed entry names the document type.
    QVERIFY(head.startsWith("PK"));
    QVERIFY(head.contains("application/vnd.oasis.opendocument.text"));
    QVERIFY(file.size() > 20000); // the text, the tables and six chart pictures
}

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
