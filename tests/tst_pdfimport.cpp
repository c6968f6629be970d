#include "testsupport.h"

#include "document/document.h"
#include "pdfimport/pdfdisclosure.h"
#include "pdfimport/pdffindings.h"
#include "pdfimport/pdfimporter.h"
#include "pdfimport/pdflayout.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString hubei = u"hubei-2024"_s;

PdfWord word(const QString &text, double left, double top)
{
    return { text, QRectF(left, top, 5.0 * text.size(), 10) };
}

// Table 9 of the hubei profile as a page of words: title, 栏次 line and its one row, with the
// figures `values` (columns 1 to 12) centred under their 栏次.
PdfPage table9Page(const QStringList &values)
{
    PdfPage page { 1, {} };
    page.words = { word(u"公开09表"_s, 500, 40), word(u"财政拨款“三公”经费支出决算表"_s, 200, 60),
        word(u"编制单位：测试局"_s, 20, 80), word(u"栏次"_s, 30, 150) };
    page.words.append(word(u"财政拨款“三公”经费"_s, 10, 170));
    for (int i = 0; i < 12; ++i) {
        const double centre = 120 + 50 * i;
        page.words.append({ QString::number(i + 1), QRectF(centre - 2, 150, 4, 10) });
        const QString &value = values.at(i);
        page.words.append({ value, QRectF(centre - 2.5 * value.size(), 170, 5.0 * value.size(), 10) });
    }
    return page;
}

const QStringList table9Values = { u"3.00"_s, u"0.00"_s, u"2.00"_s, u"0.00"_s, u"2.00"_s, u"1.00"_s,
    u"2.33"_s, u"0.00"_s, u"2.00"_s, u"0.00"_s, u"2.00"_s, u"0.33"_s };

struct Read {
    PdfImport import;
    std::unique_ptr<Document> document;
    QList<Finding> findings;
};

// A sound PDF with a text layer that is no disclosure: a page of meeting minutes.
QByteArray foreignPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 200), u"会议纪要：讨论年度工作计划。"_s);
    }
    return buffer.data();
}

Read readPages(const QList<PdfPage> &pages)
{
    const auto reportTemplate = TestSupport::library().find(hubei);
    QString error;
    const auto layout = PdfLayout::forTemplate(*reportTemplate, &error);
    Read read;
    read.import = PdfImporter::read(pages, *reportTemplate, *layout);
    read.document = Document::create(reportTemplate, read.import.data, &error);
    read.findings = PdfFindings::check(read.import, *read.document);
    return read;
}

QList<const Finding *> findingsOf(const QList<Finding> &findings, const QString &ruleId)
{
    QList<const Finding *> result;
    for (const Finding &finding : findings) {
        if (finding.ruleId == ruleId)
            result.append(&finding);
    }
    return result;
}

// A figure as the tables print it: rounded half away from zero to 0.01 万元.
qint64 printed(qint64 fen)
{
    return fen >= 0 ? (fen + 5000) / 10000 * 10000 : -((-fen + 5000) / 10000 * 10000);
}

} // namespace

// Reading published disclosures: tables found by title and 栏次, figures kept with their pages,
// tails, unreadable cells and tables, and the import and audit commands on real PDFs.
class TestPdfImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void syntheticTable();
    void unreadableCellIsListed();
    void twoWordsInOneCellAreUnreadable();
    void tableAsImageIsUnreadable();
    void tailIsReported();
    void titleInContentsIsNoTable();
    void roundTrip_data();
    void roundTrip();
    void shanghaiByHeaderTitles();
    void craftedTailsInExportedPdf();
    void auditFindsCraftedDefects();
    void priorYearOnly();
    void badFiles_data();
    void badFiles();
    void auditThatCannotRunExits3_data();
    void auditThatCannotRunExits3();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString exportPdf(const Document &document, const QString &name);

    QTemporaryDir m_dir;
};

void TestPdfImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, path(u"sample.fadb"_s) }).exitCode, 0);
    // A draft: the watermark 初稿 / 未通过审核 lies over the tables.
    QCOMPARE(
        TestSupport::runApp({ u"pdf"_s, path(u"sample.fadb"_s), u"-o"_s, path(u"sample.pdf"_s) }).exitCode,
        0);
}

QString TestPdfImport::exportPdf(const Document &document, const QString &name)
{
    const DocumentFile::Opened created = DocumentFile::create(path(name + u".fadb"_s),
        TestSupport::library().find(document.reportTemplate().id()), document.data(), true,
        TestSupport::library());
    if (!created.document)
        return {};
    const auto result
        = TestSupport::runApp({ u"pdf"_s, path(name + u".fadb"_s), u"-o"_s, path(name + u".pdf"_s) });
    return result.exitCode == 0 ? path(name + u".pdf"_s) : QString();
}

void TestPdfImport::syntheticTable()
{
    const Read read = readPages({ table9Page(table9Values) });
    QCOMPARE(read.import.data.department.name, u"测试局"_s);
    QCOMPARE(read.document->value(CellRef::fromString(u"T9.main.a_recv"_s)), 330'000);
    QCOMPARE(read.document->value(CellRef::fromString(u"T9.main.b_total"_s)), 3'000'000);
    QCOMPARE(read.document->value(CellRef::fromString(u"T9.main.a_total"_s)), 2'330'000);
    QVERIFY(findingsOf(read.findings, u"PDF-TAIL"_s).isEmpty());
    QVERIFY(findingsOf(read.findings, u"PDF-CELL"_s).isEmpty());
    // The other eight tables are not on the page.
    QCOMPARE(findingsOf(read.findings, u"PDF-MISSING"_s).size(), 8);
}

void TestPdfImport::unreadableCellIsListed()
{
    QStringList values = table9Values;
    values[11] = u"0.3?"_s;
    const Read read = readPages({ table9Page(values) });
    QCOMPARE(read.import.problems.constFirst().kind, PdfProblem::Kind::UnreadableCell);
    QCOMPARE(read.import.problems.constFirst().page, 1);
    QCOMPARE(read.import.problems.constFirst().text, u"0.3?"_s);
    QCOMPARE(read.import.problems.constFirst().column, u"决算数/公务接待费"_s);
    const auto cells = findingsOf(read.findings, u"PDF-CELL"_s);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.constFirst()->severity, Severity::Error);
    QVERIFY(cells.constFirst()->message.contains(u"0.3?"_s));
    // The unreadable figure is not taken as zero into the document.
    QVERIFY(!read.import.data.cells.contains(CellRef::fromString(u"T9.main.a_recv"_s)));
}

void TestPdfImport::twoWordsInOneCellAreUnreadable()
{
    PdfPage page = table9Page(table9Values);
    // A stray mark beside 公务接待费's figure, within its column.
    page.words.append({ u"*"_s, QRectF(120 + 50 * 11 + 12, 170, 4, 10) });
    const Read read = readPages({ page });
    const auto cells = findingsOf(read.findings, u"PDF-CELL"_s);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(read.import.problems.constFirst().text, u"0.33 *"_s);
    QVERIFY(!read.import.data.cells.contains(CellRef::fromString(u"T9.main.a_recv"_s)));
}

void TestPdfImport::tableAsImageIsUnreadable()
{
    PdfPage image { 7,
        { word(u"公开05表"_s, 500, 40), word(u"一般公共预算财政拨款支出决算表"_s, 200, 60),
            word(u"第7页共26页"_s, 250, 800) } };
    const Read read = readPages({ image });
    const auto unreadable = findingsOf(read.findings, u"PDF-IMAGE"_s);
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable.constFirst()->section, u"T5"_s);
    QVERIFY(unreadable.constFirst()->message.contains(u"7"_s));
}

void TestPdfImport::tailIsReported()
{
    QStringList values = table9Values;
    values[6] = u"2.34"_s; // 决算 合计 printed 0.01 above 0.00 + 2.00 + 0.33
    const Read read = readPages({ table9Page(values) });
    const auto tails = findingsOf(read.findings, u"PDF-TAIL"_s);
    QCOMPARE(tails.size(), 1);
    QCOMPARE(tails.constFirst()->locations.constFirst().cell.toString(), u"T9.main.a_total"_s);
    QCOMPARE(tails.constFirst()->actual.value, 2'340'000);
    QCOMPARE(tails.constFirst()->expected.value, 2'330'000);
    QCOMPARE(tails.constFirst()->severity, Severity::Warning); // within the rounding tolerance
    // The printed total is kept beside the computed one, not taken as an input.
    QCOMPARE(read.document->value(CellRef::fromString(u"T9.main.a_total"_s)), 2'330'000);
}

void TestPdfImport::titleInContentsIsNoTable()
{
    // The last page of a contents list names only this table (with its page number).
    PdfPage contents { 2, { word(u"财政拨款“三公”经费支出决算表"_s, 60, 100), word(u"16"_s, 500, 100) } };
    PdfPage table = table9Page(table9Values);
    table.number = 3;
    const Read read = readPages({ contents, table });
    QVERIFY(findingsOf(read.findings, u"PDF-IMAGE"_s).isEmpty());
    QCOMPARE(read.import.tables.constFirst().pages, QList<int>({ 3 }));
    QCOMPARE(read.document->value(CellRef::fromString(u"T9.main.a_recv"_s)), 330'000);
}

void TestPdfImport::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("our own PDF, draft with watermark") << path(u"sample.pdf"_s);
    QTest::newRow("LibreOffice converting our ODT")
        << TestSupport::sourcePath(u"tests/fixtures/xianning-2024-libreoffice.pdf"_s);
}

void TestPdfImport::roundTrip()
{
    QFETCH(QString, file);
    const auto sample = TestSupport::sampleDocument();
    QString error;
    const auto read = PdfDisclosure::read(file, TestSupport::library().find(hubei), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->document->data().department.name, sample->data().department.name);
    QCOMPARE(read->document->data().department.year, 2024);
    QVERIFY2(read->findings.isEmpty(), qPrintable(read->findings.value(0).message));
    QCOMPARE(read->import.tables.size(), 9);
    int compared = 0;
    for (const LayoutTable &table : sample->layout().tables()) {
        if (!table.def->statutory)
            continue;
        for (const LayoutBlock &block : table.blocks) {
            for (const LayoutRow &row : block.rows) {
                for (const ColumnDef &column : block.def->columns) {
                    if (!column.printed)
                        continue;
                    const CellRef ref { table.def->id, row.key, column.key };
                    QVERIFY2(read->document->layout().contains(ref), qPrintable(ref.toString()));
                    QCOMPARE(read->document->value(ref), printed(sample->value(ref)));
                    ++compared;
                }
            }
        }
    }
    QCOMPARE(compared, 578); // every printed figure of the nine tables
    QVERIFY(read->import.narrative.contains(u"一般公共预算财政拨款支出"_s));
}

void TestPdfImport::shanghaiByHeaderTitles()
{
    // Shanghai prints no 栏次: its columns are found by their (wrapped) header titles.
    const auto shanghai = TestSupport::library().find(u"shanghai-2024"_s);
    DocumentData data = TestSupport::sampleDocument()->data();
    data.templateId = shanghai->id();
    data.cells.removeIf([](const auto &cell) {
        return !QStringList({ u"T2"_s, u"T3"_s, u"T5"_s, u"T6"_s }).contains(cell.key().sheet);
    });
    QString error;
    const auto source = Document::create(shanghai, data, &error);
    QVERIFY2(source, qPrintable(error));
    const QString pdf = exportPdf(*source, u"shanghai"_s);
    QVERIFY(!pdf.isEmpty());
    const auto read = PdfDisclosure::read(pdf, shanghai, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY2(read->findings.isEmpty(), qPrintable(read->findings.value(0).message));
    for (const QString &ref :
        { u"T2.2010601.other"_s, u"T3.2010602.project"_s, u"T5.total.basic"_s, u"T6.30113.amount"_s })
        QCOMPARE(read->document->value(CellRef::fromString(ref)), source->value(CellRef::fromString(ref)));
}

void TestPdfImport::craftedTailsInExportedPdf()
{
    auto document = TestSupport::sampleDocument();
    // 0.004 + 2.004 万元: the parts print as 0.00 and 2.00, their sum as 2.01.
    document->setCellInputs({ { CellRef::fromString(u"T9.main.a_car_buy"_s), 4'000 },
        { CellRef::fromString(u"T9.main.a_car_run"_s), 2'004'000 } });
    const QString pdf = exportPdf(*document, u"tails"_s);
    QVERIFY(!pdf.isEmpty());
    QString error;
    const auto read = PdfDisclosure::read(pdf, TestSupport::library().find(hubei), &error);
    QVERIFY2(read, qPrintable(error));
    QStringList tails;
    for (const Finding *finding : findingsOf(read->findings, u"PDF-TAIL"_s))
        tails.append(finding->locations.constFirst().cell.toString());
    tails.sort();
    QCOMPARE(tails, QStringList({ u"T9.main.a_car"_s, u"T9.main.a_total"_s }));
}

void TestPdfImport::auditFindsCraftedDefects()
{
    auto document = TestSupport::sampleDocument();
    document->setCellInputs({ { CellRef::fromString(u"T3.2010601.basic"_s), 500'000'000 } });
    const QString pdf = exportPdf(*document, u"defects"_s);
    QVERIFY(!pdf.isEmpty());
    const auto result = TestSupport::runApp({ u"audit"_s, pdf, u"--template"_s, hubei, u"--json"_s });
    QCOMPARE(result.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QStringList found;
    for (const QJsonValue &finding : report.value(u"findings"_s).toArray()) {
        for (const QJsonValue &location : finding[u"locations"_s].toArray()) {
            if (location[u"table"_s] == u"T3"_s && location[u"row"_s] == u"2010601"_s
                && location[u"column"_s] == u"basic"_s)
                found.append(finding[u"ruleId"_s].toString());
        }
    }
    QVERIFY2(found.contains(u"X-08b"_s), result.out.constData());
    // The sample's own PDF passes the same checks without that error.
    const auto clean = TestSupport::runApp({ u"audit"_s, path(u"sample.pdf"_s), u"--json"_s });
    QVERIFY(!clean.out.contains("X-08b"));
}

void TestPdfImport::priorYearOnly()
{
    const auto result = TestSupport::runApp({ u"import"_s, path(u"sample.pdf"_s), u"--prior"_s,
        u"--template"_s, hubei, u"-o"_s, path(u"next.fadb"_s) });
    QCOMPARE(result.exitCode, 0);
    const DocumentFile::Opened opened = DocumentFile::open(path(u"next.fadb"_s), TestSupport::library());
    QVERIFY2(opened.document, qPrintable(opened.message));
    const auto sample = TestSupport::sampleDocument();
    QCOMPARE(opened.document->data().department.year, 2025);
    QCOMPARE(opened.document->value(CellRef::fromString(u"PRIOR.total.amount"_s)),
        sample->value(CellRef::fromString(u"T1.I_TOT.amount"_s)));
    QCOMPARE(opened.document->value(CellRef::fromString(u"PRIOR.sgTotal.amount"_s)), 2'330'000);
    // Only last year's figures: this year's tables are empty.
    for (auto it = opened.document->data().cells.cbegin(); it != opened.document->data().cells.cend(); ++it)
        QCOMPARE(it.key().sheet, u"PRIOR"_s);
}

void TestPdfImport::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("missing") << u"missing.pdf"_s << QByteArray();
    QTest::newRow("damaged") << u"damaged.pdf"_s
                             << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n");
    QTest::newRow("not a PDF") << u"text.pdf"_s << QByteArray("收入支出决算总表\n");
    QTest::newRow("a PDF of something else") << u"minutes.pdf"_s << foreignPdf();
}

void TestPdfImport::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    if (!content.isEmpty()) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString output = path(name + u".fadb"_s);
    const auto imported
        = TestSupport::runApp({ u"import"_s, path(name), u"--template"_s, hubei, u"-o"_s, output });
    QCOMPARE(imported.exitCode, 1);
    QVERIFY(imported.err.contains(name.toUtf8()));
    QVERIFY(!QFile::exists(output));
    const auto audited = TestSupport::runApp({ u"audit"_s, path(name), u"--template"_s, hubei });
    QCOMPARE(audited.exitCode, 3); // the audit cannot run, which must not look like findings
    QVERIFY(audited.err.contains(name.toUtf8()));
    QVERIFY(audited.out.isEmpty());
}

void TestPdfImport::auditThatCannotRunExits3_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown profile") << u"hunan-2024"_s << u"Unknown template \"hunan-2024\""_s;
    QTest::newRow("no rules") << u"norules-2024"_s << u"has no audit rules"_s;
    QTest::newRow("text audit cannot be built") << u"badtext-2024"_s << u"The text audit of profile badtext-2024 cannot run"_s;
}

void TestPdfImport::auditThatCannotRunExits3()
{
    QFETCH(QString, templateId);
    QFETCH(QString, message);
    // Packages in a user folder of the test's own: the sample's profile without any rule (the
    // base's checks and rules removed), and one whose text audit names a cell in a broken way.
    QTemporaryDir home;
    const QString profiles = QDir(home.path()).filePath(u"FinalAccounts/final-accounts/profiles"_s);
    const auto writeRules = [](const QString &folder, const QJsonObject &rules) {
        QFile file(QDir(folder).filePath(u"rules.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(rules).toJson());
    };
    const QString noRules = TestSupport::copyProfile(hubei, profiles, u"norules-2024"_s, [](const QString &part, QJsonObject *json) {
        if (part == u"tables"_s)
            json->insert(u"checks"_s, QJsonValue::Null);
    });
    writeRules(noRules, QJsonObject { { u"rules"_s, QJsonValue::Null } });
    writeRules(TestSupport::copyProfile(hubei, profiles, u"badtext-2024"_s),
               QJsonObject { { u"text"_s, QJsonObject { { u"classFact"_s, QJsonObject { { u"value"_s, u"T5.(("_s } } } } } });

    const auto result = TestSupport::runApp({ u"audit"_s, path(u"sample.pdf"_s), u"--template"_s, templateId },
                                            { { u"XDG_DATA_HOME"_s, home.path() } });
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
