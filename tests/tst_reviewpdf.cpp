// Published PDFs on the supervisor's desk: a folder with the sample document, PDFs printed from
// it by our own exporter and a damaged PDF; each PDF's row against what `audit FILE.pdf` says,
// the unknowns of a PDF (empty reasons, review status) shown as such and sorted last, the kind
// filter, the exports, the profile chosen by the tables found, pdf-batch leaving PDFs alone, and
// a double-click on a PDF row opening its import preview in the editor.
#include "testsupport.h"

#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "pdfimport/pdfimportdialog.h"
#include "profile/templatelibrary.h"
#include "review/batchpdfdialog.h"
#include "review/folderreview.h"
#include "review/folderscanner.h"
#include "review/reviewactions.h"
#include "review/reviewfiltermodel.h"
#include "review/reviewreport.h"
#include "review/reviewtablemodel.h"
#include "review/reviewwindow.h"
#include "store/documentfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString xianning = u"咸宁市政务服务和大数据管理局"_s;

struct AuditCounts {
    int errors = 0;
    int warnings = 0;
    QStringList errorRules;
};

// What `audit FILE.pdf --json` reports for the file.
AuditCounts auditOf(const QString &pdf, const QString &templateId = u"hubei-2024"_s)
{
    const TestSupport::ProcessResult result
        = TestSupport::runApp({ u"audit"_s, pdf, u"--template"_s, templateId, u"--json"_s });
    AuditCounts counts;
    for (const QJsonValue &finding : QJsonDocument::fromJson(result.out).object().value(u"findings"_s).toArray()) {
        if (finding[u"severity"_s] == u"error"_s) {
            ++counts.errors;
            counts.errorRules.append(finding[u"ruleId"_s].toString());
        }
        counts.warnings += finding[u"severity"_s] == u"warning"_s ? 1 : 0;
    }
    counts.errorRules.sort();
    return counts;
}

const ReviewRow *rowOf(const QList<ReviewRow> &rows, const QString &file)
{
    for (const ReviewRow &row : rows) {
        if (row.relativePath == file)
            return &row;
    }
    return nullptr;
}

QList<ReviewRow> reviewAll(const QString &folder)
{
    QList<ReviewRow> rows;
    for (const QString &path : FolderReview::filesUnder(folder))
        rows.append(FolderReview::review(path, folder, TestSupport::library()));
    return rows;
}

// The first top-level widget of type T that is shown, once one is.
template<typename T>
T *shown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestReviewPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void documentPdfAndDamagedPdfAreThreeRows();
    void knownErrorInAPrintedFigure_data();
    void knownErrorInAPrintedFigure();
    void profileIsTheOneThatFindsMostTables();
    void unknownsShownAndSortedLast();
    void kindFilterAndExports();
    void reviewJsonHasTheKindAndNulls();
    void pdfBatchLeavesPdfsAlone();
    void refreshPicksUpANewPdf();
    void doubleClickOpensTheImportPreview();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // `data` as a document file and the PDF the `pdf` command prints from it, under `pdf`.
    void printPdf(const DocumentData &data, const QString &templateId, const QString &pdf);
    QString folderWithThreeFiles();

    QTemporaryDir m_dir;
};

void TestReviewPdf::printPdf(const DocumentData &data, const QString &templateId, const QString &pdf)
{
    const QString fadb = path(QFileInfo(pdf).completeBaseName() + u"-source.fadb"_s);
    const DocumentFile::Opened created
        = DocumentFile::create(fadb, TestSupport::library().find(templateId), data, true, TestSupport::library());
    QVERIFY2(created.document, qPrintable(created.message));
    QDir().mkpath(QFileInfo(pdf).absolutePath());
    const TestSupport::ProcessResult result = TestSupport::runApp({ u"pdf"_s, fadb, u"-o"_s, pdf });
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void TestReviewPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    printPdf(TestSupport::sampleDocument()->data(), u"hubei-2024"_s, path(u"printed/sample.pdf"_s));
}

// sample.fadb, published/咸宁.PDF (upper-case suffix) and damaged.pdf in a folder of their own.
QString TestReviewPdf::folderWithThreeFiles()
{
    static int made = 0;
    const QString folder = path(u"folder%1"_s.arg(++made));
    QDir().mkpath(folder + u"/published"_s);
    if (!TestSupport::writeSampleFile(folder + u"/sample.fadb"_s).isEmpty()
        || !QFile::copy(path(u"printed/sample.pdf"_s), folder + u"/published/咸宁.PDF"_s))
        return QString();
    QFile damaged(folder + u"/damaged.pdf"_s);
    if (!damaged.open(QIODevice::WriteOnly))
        return QString();
    damaged.write("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n");
    return folder;
}

void TestReviewPdf::documentPdfAndDamagedPdfAreThreeRows()
{
    const QString folder = folderWithThreeFiles();
    QVERIFY(!folder.isEmpty());
    const QList<ReviewRow> rows = reviewAll(folder);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).relativePath, u"damaged.pdf"_s);
    QCOMPARE(rows.at(1).relativePath, u"published/咸宁.PDF"_s);
    QCOMPARE(rows.at(2).relativePath, u"sample.fadb"_s);
    QCOMPARE(rows.at(2).kind, ReviewRow::FileKind::Document);

    const ReviewRow &pdf = rows.at(1);
    QCOMPARE(pdf.kind, ReviewRow::FileKind::PublishedPdf);
    QVERIFY2(pdf.isReadable(), qPrintable(pdf.message));
    QCOMPARE(pdf.department, xianning);
    QCOMPARE(pdf.year, 2024);
    QCOMPARE(pdf.profileId, u"hubei-2024"_s);
    QCOMPARE(pdf.tablesRead, 9);
    QCOMPARE(pdf.tablesOfProfile, 9);
    QCOMPARE(pdf.lastChange, QFileInfo(pdf.path).lastModified());
    const AuditCounts audit = auditOf(pdf.path);
    QCOMPARE(pdf.errors, audit.errors);
    QCOMPARE(pdf.warnings, audit.warnings);
    QCOMPARE(pdf.unexplained, audit.warnings); // a published PDF explains no warning
    // The sample's 九（一） says 公务接待费 1.28 万元 against the table's 0.33: the one error.
    QCOMPARE(audit.errorRules, QStringList({ u"TX-NUM"_s }));
    QVERIFY(pdf.checksLeftOut > 0);
    QVERIFY(!ReviewReport::number(pdf, ReviewRow::EmptyReasons));

    const ReviewRow &damaged = rows.at(0);
    QCOMPARE(damaged.kind, ReviewRow::FileKind::PublishedPdf);
    QVERIFY(!damaged.isReadable());
    QVERIFY2(damaged.message.contains(u"damaged.pdf is damaged"_s), qPrintable(damaged.message));
    QVERIFY(!ReviewReport::number(damaged, ReviewRow::Errors)); // unknown, not 0
}

void TestReviewPdf::knownErrorInAPrintedFigure_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QStringList>("errors");
    // The sample's one error is 公务接待费: 1.28 万元 in 九（一）, 0.33 in T9. Printed as 1.28, the
    // PDF has no error left.
    QTest::newRow("公务接待费 as the text states it") << u"T9.main.a_recv"_s << qint64(1'280'000) << QStringList();
    // T3's 基本支出 of 2010601 lowered from 557.68 to 500.00 万元, below T5's 556.63: T5 exceeds T3
    // in total (X-08a) and in 基本支出 (X-08b) for the 项, its 款 20106 and its 类 201, and 类 201's
    // 财政拨款 in T4 exceeds T3 (A-X08d); the TX-NUM of the sample stays.
    QTest::newRow("T3 行政运行 基本支出 below T5's") << u"T3.2010601.basic"_s << qint64(500'000'000)
        << QStringList({ u"A-X08d"_s, u"TX-NUM"_s, u"X-08a"_s, u"X-08a"_s, u"X-08a"_s, u"X-08b"_s, u"X-08b"_s,
               u"X-08b"_s });
}

void TestReviewPdf::knownErrorInAPrintedFigure()
{
    QFETCH(QString, cell);
    QFETCH(qint64, fen);
    QFETCH(QStringList, errors);
    DocumentData data = TestSupport::sampleDocument()->data();
    data.cells.insert(CellRef::fromString(cell), fen);
    const QString folder = path(u"changed-"_s + cell);
    const QString pdf = folder + u"/changed.pdf"_s;
    printPdf(data, u"hubei-2024"_s, pdf);
    const ReviewRow row = FolderReview::review(pdf, folder, TestSupport::library());
    QVERIFY2(row.isReadable(), qPrintable(row.message));
    const AuditCounts audit = auditOf(pdf);
    QCOMPARE(audit.errorRules, errors);
    QCOMPARE(row.errors, int(errors.size()));
    QCOMPARE(row.warnings, audit.warnings);
    QCOMPARE(row.unexplained, audit.warnings);
}

void TestReviewPdf::profileIsTheOneThatFindsMostTables()
{
    // A Shanghai disclosure (its own titles and header rows): Hubei's layout is tried first, as
    // the default, and Shanghai's is taken because it finds more of the tables.
    const auto shanghai = TestSupport::library().find(u"shanghai-2024"_s);
    DocumentData data = TestSupport::sampleDocument()->data();
    data.templateId = shanghai->id();
    data.cells.removeIf([](const auto &cell) {
        return !QStringList({ u"T2"_s, u"T3"_s, u"T5"_s, u"T6"_s }).contains(cell.key().sheet);
    });
    const QString pdf = path(u"shanghai/shanghai.pdf"_s);
    printPdf(data, shanghai->id(), pdf);
    const ReviewRow row = FolderReview::review(pdf, path(u"shanghai"_s), TestSupport::library());
    QVERIFY2(row.isReadable(), qPrintable(row.message));
    QCOMPARE(row.profileId, shanghai->id());
    QCOMPARE(row.profileTitle, shanghai->title());
    QVERIFY2(row.note().startsWith(u"%1 of %2 tables read"_s.arg(row.tablesRead).arg(shanghai->tables().size())),
             qPrintable(row.note()));
    const AuditCounts audit = auditOf(pdf, shanghai->id());
    QCOMPARE(row.errors, audit.errors);
    QCOMPARE(row.warnings, audit.warnings);
}

void TestReviewPdf::unknownsShownAndSortedLast()
{
    const QString folder = folderWithThreeFiles();
    ReviewTableModel model;
    for (const ReviewRow &row : reviewAll(folder))
        model.setRow(row);
    ReviewFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto column = [&](int c) {
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown.append(proxy.index(r, c).data().toString());
        return shown;
    };
    // The PDF's empty reasons and review status are "—", not 0 and not a blank.
    proxy.sort(ReviewRow::File);
    QCOMPARE(column(ReviewRow::Kind), QStringList({ u"Published PDF"_s, u"Published PDF"_s, u"Document"_s }));
    QCOMPARE(column(ReviewRow::EmptyReasons).at(1), u"—"_s);
    QCOMPARE(column(ReviewRow::Review).at(1), u"—"_s);
    QVERIFY(!proxy.index(1, ReviewRow::EmptyReasons).data(ReviewTableModel::SortRole).isValid());
    QVERIFY(proxy.index(1, ReviewRow::EmptyReasons).data(Qt::ToolTipRole).toString().contains(u"unknown"_s));
    QCOMPARE(column(ReviewRow::EmptyReasons).at(0), QString()); // the damaged PDF: nothing read
    const QString reasons = column(ReviewRow::EmptyReasons).at(2);
    QVERIFY(reasons.toInt() > 0);
    // Known values first, in either direction; the unknowns after them.
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        proxy.sort(ReviewRow::EmptyReasons, order);
        QCOMPARE(column(ReviewRow::File).constFirst(), u"sample.fadb"_s);
        proxy.sort(ReviewRow::Review, order);
        QCOMPARE(column(ReviewRow::File).constFirst(), u"sample.fadb"_s);
        proxy.sort(ReviewRow::Errors, order);
        QCOMPARE(column(ReviewRow::File).constLast(), u"damaged.pdf"_s);
    }
}

void TestReviewPdf::kindFilterAndExports()
{
    const QString folder = folderWithThreeFiles();
    ReviewWindow window(TestSupport::library());
    QSignalSpy finished(window.scanner(), &FolderScanner::finished);
    window.openFolder(folder);
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.proxy()->rowCount(), 3);
    QComboBox *kind = window.kindFilter();
    kind->setCurrentIndex(kind->findData(int(ReviewRow::FileKind::PublishedPdf)));
    QCOMPARE(window.proxy()->rowCount(), 2);
    kind->setCurrentIndex(kind->findData(int(ReviewRow::FileKind::Document)));
    QCOMPARE(window.proxy()->rowCount(), 1);
    QCOMPARE(window.proxy()->index(0, ReviewRow::File).data().toString(), u"sample.fadb"_s);
    kind->setCurrentIndex(0);
    QTest::keyClicks(window.filter(), u"published pdf"_s); // the kind's name is text to filter by
    QCOMPARE(window.proxy()->rowCount(), 2);
    window.filter()->clear();

    QTemporaryDir out;
    QVERIFY(window.exportCsv(out.filePath(u"review.csv"_s)));
    QFile csv(out.filePath(u"review.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"File,Kind,Department,Year,Profile,Errors,Warnings,Unexplained warnings,"
                                   "Empty reasons,Review status,"_s));
    const AuditCounts audit = auditOf(QDir(folder).filePath(u"published/咸宁.PDF"_s));
    QVERIFY2(lines.at(2).startsWith(u"published/咸宁.PDF,Published PDF,%1,2024,湖北省部门决算公开（2024 年度）,%2,%3,%3,—,—,"_s
                                        .arg(xianning)
                                        .arg(audit.errors)
                                        .arg(audit.warnings)),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(1).startsWith(u"damaged.pdf,Published PDF,,,,,,,,,"_s));
    QVERIFY(window.exportXlsx(out.filePath(u"review.xlsx"_s)));
}

void TestReviewPdf::reviewJsonHasTheKindAndNulls()
{
    const QString folder = folderWithThreeFiles();
    const TestSupport::ProcessResult result = TestSupport::runApp({ u"review"_s, folder, u"--json"_s });
    QCOMPARE(result.exitCode, 1); // damaged.pdf could not be read
    QVERIFY(result.err.contains("damaged.pdf"));
    const QJsonArray rows = QJsonDocument::fromJson(result.out).object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject damaged = rows.at(0).toObject();
    QCOMPARE(damaged.value(u"kind"_s).toString(), u"publishedPdf"_s);
    QCOMPARE(damaged.value(u"readable"_s).toBool(), false);
    QVERIFY(damaged.value(u"errors"_s).isNull());
    QVERIFY(damaged.value(u"message"_s).toString().contains(u"damaged"_s));
    const QJsonObject pdf = rows.at(1).toObject();
    QCOMPARE(pdf.value(u"kind"_s).toString(), u"publishedPdf"_s);
    QCOMPARE(pdf.value(u"department"_s).toString(), xianning);
    QCOMPARE(pdf.value(u"profile"_s).toString(), u"hubei-2024"_s);
    QCOMPARE(pdf.value(u"errors"_s).toInt(), auditOf(QDir(folder).filePath(u"published/咸宁.PDF"_s)).errors);
    QCOMPARE(pdf.value(u"tablesRead"_s).toInt(), 9);
    for (const QString &key : { u"emptyReasons"_s, u"reviewStatus"_s, u"approvedSections"_s, u"sections"_s }) {
        QVERIFY2(pdf.contains(key) && pdf.value(key).isNull(), qPrintable(key));
    }
    const QJsonObject document = rows.at(2).toObject();
    QCOMPARE(document.value(u"kind"_s).toString(), u"document"_s);
    QVERIFY(document.value(u"emptyReasons"_s).toInt() > 0);
    QCOMPARE(document.value(u"sections"_s).toInt(), 31);
}

void TestReviewPdf::pdfBatchLeavesPdfsAlone()
{
    const QString folder = folderWithThreeFiles();
    // Into a folder under the reviewed one, as a bureau might keep them.
    const QString output = QDir(folder).filePath(u"batch"_s);
    const TestSupport::ProcessResult result = TestSupport::runApp({ u"pdf-batch"_s, folder, u"-o"_s, output });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("1 of 1"));
    QStringList written;
    QDirIterator it(output, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(QDir(output).relativeFilePath(it.next()));
    QCOMPARE(written, QStringList({ u"sample.pdf"_s })); // no PDF of a PDF
    // What the batch printed is a published PDF like any other: listed and read.
    const QList<ReviewRow> rows = reviewAll(folder);
    QCOMPARE(rows.size(), 4);
    const ReviewRow *printed = rowOf(rows, u"batch/sample.pdf"_s);
    QVERIFY(printed);
    QCOMPARE(printed->kind, ReviewRow::FileKind::PublishedPdf);
    QCOMPARE(printed->department, xianning);

    // The window's batch takes the shown documents only.
    ReviewWindow window(TestSupport::library());
    QSignalSpy finished(window.scanner(), &FolderScanner::finished);
    window.openFolder(folder);
    QVERIFY(finished.wait(60000));
    QTemporaryDir out;
    BatchPdfDialog *dialog = window.exportPdfs(out.path(), false);
    QSignalSpy done(dialog, &BatchPdfDialog::done);
    QVERIFY(done.wait(120000));
    QCOMPARE(dialog->outcomes().size(), 1);
    QCOMPARE(QFileInfo(dialog->outcomes().constFirst().input).fileName(), u"sample.fadb"_s);
}

void TestReviewPdf::refreshPicksUpANewPdf()
{
    const QString folder = folderWithThreeFiles();
    ReviewWindow window(TestSupport::library());
    QSignalSpy finished(window.scanner(), &FolderScanner::finished);
    window.openFolder(folder);
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.model()->rowCount(), 3);
    QVERIFY(QFile::copy(path(u"printed/sample.pdf"_s), QDir(folder).filePath(u"published/second.pdf"_s)));
    QVERIFY(QFile::remove(QDir(folder).filePath(u"damaged.pdf"_s)));
    const auto files = [&] {
        QStringList names;
        for (const ReviewRow &row : window.model()->rows())
            names.append(row.isReadable() ? row.relativePath : QString());
        names.sort();
        return names;
    };
    QTRY_COMPARE_WITH_TIMEOUT(files(), QStringList({ u"published/second.pdf"_s, u"published/咸宁.PDF"_s,
                                                     u"sample.fadb"_s }), 60000);
}

void TestReviewPdf::doubleClickOpensTheImportPreview()
{
    const QString folder = folderWithThreeFiles();
    QSettings store(path(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(store);
    LanguageSwitcher languages;
    MainWindow main(TestSupport::library(), settings, languages);
    main.show();
    ReviewActions *actions = main.findChild<ReviewActions *>();
    QVERIFY(actions);
    ReviewWindow *window = actions->openFolder(folder);
    QSignalSpy finished(window->scanner(), &FolderScanner::finished);
    QVERIFY(finished.wait(60000));
    window->kindFilter()->setCurrentIndex(window->kindFilter()->findData(int(ReviewRow::FileKind::PublishedPdf)));
    window->filter()->setText(u"咸宁"_s);
    QCOMPARE(window->proxy()->rowCount(), 1);

    // The same path as File › 导入 PDF… once the file is chosen: which template (the one the
    // review read it with is offered), then the preview. Both are modal: a timer looks at them
    // and closes them from the event loops they run.
    QString offered;
    QString previewTitle;
    int previewTables = 0;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (QInputDialog *question = shown<QInputDialog>()) {
            offered = question->textValue();
            question->accept();
        } else if (PdfImportDialog *preview = shown<PdfImportDialog>()) {
            previewTitle = preview->windowTitle();
            previewTables = preview->tables()->topLevelItemCount();
            preview->reject();
            poll.stop();
        }
    });
    const QRect cell = window->table()->visualRect(window->proxy()->index(0, ReviewRow::Department));
    QTest::mouseClick(window->table()->viewport(), Qt::LeftButton, {}, cell.center());
    poll.start();
    QTest::mouseDClick(window->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!poll.isActive());
    QCOMPARE(offered, u"hubei-2024"_s);
    QVERIFY2(previewTitle.contains(u"咸宁.PDF"_s), qPrintable(previewTitle));
    QVERIFY(previewTables >= 9);
    QVERIFY(!main.document()); // cancelled: nothing imported, nothing written
    window->close();
}

QTEST_MAIN(TestReviewPdf)
#include "tst_reviewpdf.moc"
