// The supervisor's desk: the review rows of a folder (a damaged file among them), the table's
// sorting, filtering and double-click, its exports, the `review` and `pdf-batch` commands, and
// a batch PDF export cancelled part way.
#include "testsupport.h"

#include "audit/auditengine.h"
#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "report/reportcontent.h"
#include "review/batchpdfdialog.h"
#include "review/documentreview.h"
#include "review/reviewactions.h"
#include "review/reviewfiltermodel.h"
#include "review/folderscanner.h"
#include "review/reviewreport.h"
#include "review/reviewtablemodel.h"
#include "review/reviewwindow.h"
#include "store/documentfile.h"
#include "store/documentstore.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

DocumentData sampleData(const QString &department)
{
    DocumentData data = TestSupport::sampleDocument()->data();
    data.department.name = department;
    return data;
}

void write(const QString &path, const DocumentData &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    QVERIFY2(DocumentStore::create(path, data, false, &error), qPrintable(error));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// a/甲局.fadb, b/sub/乙局.fadb, damaged.fadb (an SQLite header, then nothing that holds), empty.fadb.
void makeFolder(const QString &folder)
{
    write(folder + QStringLiteral("/a/甲局.fadb"), sampleData(QStringLiteral("甲局")));
    write(folder + QStringLiteral("/b/sub/乙局.fadb"), sampleData(QStringLiteral("乙局")));
    writeBytes(folder + QStringLiteral("/damaged.fadb"), QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
    writeBytes(folder + QStringLiteral("/empty.fadb"), QByteArray());
    writeBytes(folder + QStringLiteral("/notes.txt"), "not a document");
}

QList<ReviewRow> reviewAll(const QString &folder)
{
    QList<ReviewRow> rows;
    for (const QString &path : DocumentReview::documentsUnder(folder))
        rows.append(DocumentReview::review(path, folder, TestSupport::library()));
    return rows;
}

struct Counts
{
    int errors = 0, warnings = 0, unexplained = 0;
};

Counts auditCounts(const Document &document)
{
    QString error;
    const auto engine = AuditEngine::forTemplate(document.reportTemplate(), &error);
    Counts counts;
    for (const Finding &finding : engine->run(document)) {
        counts.errors += finding.severity == Severity::Error ? 1 : 0;
        counts.unexplained += finding.severity == Severity::Warning ? 1 : 0;
        counts.warnings += finding.severity == Severity::Warning
                        || (finding.severity == Severity::Info && !finding.explainKey.isEmpty() && finding.isExplained());
    }
    return counts;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void damagedFileIsListedAndTheScanGoesOn();
    void relativeFolderNamesItsFiles();
    void countsAreTheAudits();
    void readingLeavesTheWritersLock();
    void scannerFillsTheTable();
    void windowSortsFiltersAndOpens();
    void refreshesWhenFilesChange();
    void fileMenuOpensTheDocument();
    void exportsCsvAndXlsx();
    void reviewCommand();
    void pdfBatchCommand();
    void cancelledBatchLeavesNoPartialFile();
};

void TestReview::damagedFileIsListedAndTheScanGoesOn()
{
    QTemporaryDir dir;
    makeFolder(dir.path());
    const QList<ReviewRow> rows = reviewAll(dir.path());
    QCOMPARE(rows.size(), 4); // notes.txt is not a document
    QCOMPARE(rows.at(0).relativePath, QStringLiteral("a/甲局.fadb"));
    QCOMPARE(rows.at(1).relativePath, QStringLiteral("b/sub/乙局.fadb"));
    QCOMPARE(rows.at(2).relativePath, QStringLiteral("damaged.fadb"));
    QCOMPARE(rows.at(3).relativePath, QStringLiteral("empty.fadb"));
    QVERIFY(rows.at(0).isReadable());
    QCOMPARE(rows.at(0).department, QStringLiteral("甲局"));
    QCOMPARE(rows.at(0).year, 2024);
    QCOMPARE(rows.at(0).profileId, QStringLiteral("hubei-2024"));
    QCOMPARE(rows.at(1).department, QStringLiteral("乙局")); // read after… nothing stopped
    QVERIFY(!rows.at(2).isReadable());
    QVERIFY2(rows.at(2).message.contains(QStringLiteral("damaged.fadb")), qPrintable(rows.at(2).message));
    QVERIFY(!rows.at(3).isReadable());
    QVERIFY2(rows.at(3).message.contains(QStringLiteral("0 bytes")), qPrintable(rows.at(3).message));
    QCOMPARE(rows.at(2).errors, 0);
    QVERIFY(rows.at(2).lastChange.isValid());
}

// `review docs` and `pdf-batch docs` from the folder above: each file is named once, not with
// the folder twice over.
void TestReview::relativeFolderNamesItsFiles()
{
    QTemporaryDir dir;
    makeFolder(dir.filePath(QStringLiteral("docs")));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const QStringList documents = DocumentReview::documentsUnder(QStringLiteral("docs"));
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(documents.size(), 4);
    QCOMPARE(documents.constFirst(), QDir(dir.path()).filePath(QStringLiteral("docs/a/甲局.fadb")));
    QVERIFY(QFileInfo::exists(documents.constFirst()));
}

void TestReview::countsAreTheAudits()
{
    QTemporaryDir dir;
    const std::unique_ptr<Document> sample = TestSupport::sampleDocument();
    write(dir.filePath(QStringLiteral("one.fadb")), sample->data());
    const ReviewRow row = DocumentReview::review(dir.filePath(QStringLiteral("one.fadb")), dir.path(), TestSupport::library());
    const Counts expected = auditCounts(*sample);
    QCOMPARE(row.errors, expected.errors);
    QCOMPARE(row.warnings, expected.warnings);
    QCOMPARE(row.unexplained, expected.unexplained);
    QCOMPARE(row.emptyReasons, int(ReportContent::build(*sample).emptyReasons.size()));
    QVERIFY(row.errors > 0 && row.unexplained > 0); // the sample states the seed's contradictions

    // Explaining one warning leaves the warnings as they were and one fewer unexplained.
    QString error;
    const auto engine = AuditEngine::forTemplate(sample->reportTemplate(), &error);
    QString key;
    for (const Finding &finding : engine->run(*sample)) {
        if (finding.severity == Severity::Warning && !finding.explainKey.isEmpty()) {
            key = finding.explainKey;
            break;
        }
    }
    QVERIFY(!key.isEmpty());
    DocumentData explained = sample->data();
    explained.texts.insert(key, QStringLiteral("已核实：口径调整所致。"));
    write(dir.filePath(QStringLiteral("two.fadb")), explained);
    const ReviewRow second = DocumentReview::review(dir.filePath(QStringLiteral("two.fadb")), dir.path(), TestSupport::library());
    QCOMPARE(second.warnings, row.warnings);
    QCOMPARE(second.unexplained, row.unexplained - 1);
}

void TestReview::readingLeavesTheWritersLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.fadb"));
    write(path, sampleData(QStringLiteral("甲局")));
    // Reviewed before anyone edits it: the editor then still gets the file to write.
    QVERIFY(DocumentReview::review(path, dir.path(), TestSupport::library()).isReadable());
    DocumentFile::Opened editing = DocumentFile::open(path, TestSupport::library());
    QVERIFY(editing.document);
    QVERIFY2(!editing.document->isReadOnly(), qPrintable(editing.message));
    // Reviewed while it is edited: read, and the editor keeps its lock and goes on writing.
    const ReviewRow row = DocumentReview::review(path, dir.path(), TestSupport::library());
    QVERIFY2(row.isReadable(), qPrintable(row.message));
    QCOMPARE(row.department, QStringLiteral("甲局"));
    QVERIFY(!editing.document->isReadOnly());
    const DocumentFile::Opened second = DocumentFile::open(path, TestSupport::library());
    QVERIFY(second.document && second.document->isReadOnly()); // the editor's lock still holds
}

void TestReview::scannerFillsTheTable()
{
    QTemporaryDir dir;
    makeFolder(dir.path());
    FolderScanner scanner(TestSupport::library());
    ReviewTableModel model;
    QObject::connect(&scanner, &FolderScanner::rowReady, &model, &ReviewTableModel::setRow);
    QSignalSpy finished(&scanner, &FolderScanner::finished);
    scanner.scan(dir.path());
    QVERIFY(finished.wait(60000));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(scanner.done(), 4);
    int unreadable = 0;
    for (const ReviewRow &row : model.rows())
        unreadable += row.isReadable() ? 0 : 1;
    QCOMPARE(unreadable, 2);
    // An unreadable file's counts are unknown, not 0.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.rows().at(r).isReadable())
            QVERIFY(!model.data(model.index(r, ReviewRow::Errors)).isValid());
    }
}

void TestReview::windowSortsFiltersAndOpens()
{
    QTemporaryDir dir;
    makeFolder(dir.path());
    ReviewWindow window(TestSupport::library());
    window.show();
    QSignalSpy finished(window.scanner(), &FolderScanner::finished);
    window.openFolder(dir.path());
    QVERIFY(finished.wait(60000));
    QTableView *table = window.table();
    QSortFilterProxyModel *proxy = window.proxy();
    QCOMPARE(proxy->rowCount(), 4);

    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(ReviewRow::Message);
    QCOMPARE(header->sortIndicatorSection(), int(ReviewRow::Message));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    const QString top = proxy->index(0, ReviewRow::Message).data().toString();
    clickHeader(ReviewRow::Message);
    QVERIFY(header->sortIndicatorOrder() != first);
    QVERIFY(proxy->index(0, ReviewRow::Message).data().toString() != top);
    // By department, in either direction: the unreadable files (department unknown) come last.
    const auto departments = [&] {
        QStringList shown;
        for (int r = 0; r < proxy->rowCount(); ++r)
            shown.append(proxy->index(r, ReviewRow::Department).data().toString());
        return shown;
    };
    clickHeader(ReviewRow::Department);
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    const QString jia = QStringLiteral("甲局"), yi = QStringLiteral("乙局"); // 乙 sorts before 甲 in Unicode
    QCOMPARE(departments(), ascending ? QStringList({ yi, jia, QString(), QString() })
                                      : QStringList({ jia, yi, QString(), QString() }));
    clickHeader(ReviewRow::Department);
    QCOMPARE(departments(), ascending ? QStringList({ jia, yi, QString(), QString() })
                                      : QStringList({ yi, jia, QString(), QString() }));

    // Typing in the filter box keeps the rows that contain the text, in any column.
    QTest::keyClicks(window.filter(), QStringLiteral("SUB/"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, ReviewRow::File).data().toString(), QStringLiteral("b/sub/乙局.fadb"));
    window.filter()->clear();
    QCOMPARE(proxy->rowCount(), 4);
    QTest::keyClicks(window.filter(), QStringLiteral("DAMAGED"));
    QCOMPARE(proxy->rowCount(), 1);

    // A double-click asks for the document to be opened.
    QSignalSpy open(&window, &ReviewWindow::openRequested);
    const QRect cell = table->visualRect(proxy->index(0, ReviewRow::Department));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QDir(dir.path()).absoluteFilePath(QStringLiteral("damaged.fadb")));
}

void TestReview::refreshesWhenFilesChange()
{
    QTemporaryDir dir;
    makeFolder(dir.path());
    ReviewWindow window(TestSupport::library());
    QSignalSpy finished(window.scanner(), &FolderScanner::finished);
    window.openFolder(dir.path());
    QVERIFY(finished.wait(60000));
    QCOMPARE(window.model()->rowCount(), 4);
    // A new document in a subfolder appears; a removed file's row goes.
    write(dir.filePath(QStringLiteral("b/sub/丙局.fadb")), sampleData(QStringLiteral("丙局")));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("empty.fadb"))));
    const auto files = [&] {
        QStringList names;
        for (const ReviewRow &row : window.model()->rows())
            names.append(row.relativePath);
        names.sort();
        return names;
    };
    QTRY_VERIFY_WITH_TIMEOUT(files().contains(QStringLiteral("b/sub/丙局.fadb")), 30000);
    QCOMPARE(files(), QStringList({ QStringLiteral("a/甲局.fadb"), QStringLiteral("b/sub/丙局.fadb"),
                                  QStringLiteral("b/sub/乙局.fadb"), QStringLiteral("damaged.fadb") }));
}

void TestReview::fileMenuOpensTheDocument()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("甲局.fadb")), sampleData(QStringLiteral("甲局")));
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(store);
    LanguageSwitcher languages;
    MainWindow main(TestSupport::library(), settings, languages);
    main.show();
    ReviewActions *actions = main.findChild<ReviewActions *>();
    QVERIFY(actions);
    QVERIFY(main.findChildren<QAction *>().contains(actions->openFolderAction()));
    ReviewWindow *window = actions->openFolder(dir.path());
    QSignalSpy finished(window->scanner(), &FolderScanner::finished);
    QVERIFY(finished.wait(60000));
    const QRect cell = window->table()->visualRect(window->proxy()->index(0, ReviewRow::Department));
    QTest::mouseClick(window->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(window->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(main.document());
    QCOMPARE(main.document()->data().department.name, QStringLiteral("甲局"));
    QVERIFY(!main.document()->isReadOnly()); // the review took no lock from the editor
    window->close();
}

void TestReview::exportsCsvAndXlsx()
{
    QTemporaryDir dir;
    makeFolder(dir.path());
    ReviewWindow window(TestSupport::library());
    QSignalSpy finished(window.scanner(), &FolderScanner::finished);
    window.openFolder(dir.path());
    QVERIFY(finished.wait(60000));
    QTest::keyClicks(window.filter(), QStringLiteral(".fadb"));

    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("review.csv"));
    QVERIFY(window.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a byte order mark, for Excel and WPS
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("File,Kind,Department,Year,Profile,Errors")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("a/甲局.fadb,Document,甲局,2024,")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("damaged.fadb,Document,,,,,,,,")));

    const QString xlsxPath = out.filePath(QStringLiteral("review.xlsx"));
    QVERIFY(window.exportXlsx(xlsxPath));
    QFile xlsx(xlsxPath);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(2) == "PK");
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // nothing left beside them
}

void TestReview::reviewCommand()
{
    QTemporaryDir dir;
    makeFolder(dir.path());
    const TestSupport::ProcessResult json = TestSupport::runApp({ QStringLiteral("review"), dir.path(), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 1); // a file could not be read
    const QJsonArray rows = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("甲局"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("year")).toInt(), 2024);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("errors")).toInt() > 0);
    const QJsonObject damaged = rows.at(2).toObject();
    QCOMPARE(damaged.value(QStringLiteral("file")).toString(), QStringLiteral("damaged.fadb"));
    QCOMPARE(damaged.value(QStringLiteral("readable")).toBool(), false);
    QVERIFY(damaged.value(QStringLiteral("errors")).isNull());
    QVERIFY(damaged.value(QStringLiteral("message")).toString().contains(QStringLiteral("damaged.fadb")));
    QVERIFY(QString::fromUtf8(json.err).contains(QStringLiteral("empty.fadb")));

    QFile::remove(dir.filePath(QStringLiteral("damaged.fadb")));
    QFile::remove(dir.filePath(QStringLiteral("empty.fadb")));
    const TestSupport::ProcessResult text = TestSupport::runApp({ QStringLiteral("review"), dir.path() });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).startsWith(QStringLiteral("b/sub/乙局.fadb\tDocument\t乙局\t2024\t")));

    QCOMPARE(TestSupport::runApp({ QStringLiteral("review"), dir.filePath(QStringLiteral("missing")) }).exitCode, 1);
    QCOMPARE(TestSupport::runApp({ QStringLiteral("review") }).exitCode, 64);
}

void TestReview::pdfBatchCommand()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a/甲局.fadb")), sampleData(QStringLiteral("甲局")));
    write(dir.filePath(QStringLiteral("乙局.fadb")), sampleData(QStringLiteral("乙局")));
    QTemporaryDir out;
    const TestSupport::ProcessResult result = TestSupport::runApp(
            { QStringLiteral("pdf-batch"), dir.path(), QStringLiteral("-o"), out.path(), QStringLiteral("-j"), QStringLiteral("2") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { out.filePath(QStringLiteral("a/甲局.pdf")), QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("甲局")));
    QVERIFY(text.contains(QStringLiteral("收入支出决算总表")));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("乙局.pdf"))));
    QCOMPARE(TestSupport::runApp({ QStringLiteral("pdf-batch"), dir.path(), QStringLiteral("-o"), out.path(),
                                   QStringLiteral("-j"), QStringLiteral("0") }).exitCode, 64);
}

void TestReview::cancelledBatchLeavesNoPartialFile()
{
    QTemporaryDir dir;
    constexpr int Documents = 8;
    for (int i = 0; i < Documents; ++i)
        write(dir.filePath(QStringLiteral("unit%1.fadb").arg(i)), sampleData(QStringLiteral("单位%1").arg(i)));
    QTemporaryDir out;
    BatchPdfDialog dialog(TestSupport::library());
    dialog.show();
    QSignalSpy done(&dialog, &BatchPdfDialog::done);
    dialog.start(BatchPdf::jobsFor(DocumentReview::documentsUnder(dir.path()), dir.path(), out.path()), false);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.outcomes().isEmpty(), 60000);
    QPushButton *cancel = dialog.findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(done.size() == 1 || done.wait(60000));

    const int reported = int(dialog.outcomes().size());
    QVERIFY2(reported < Documents, "the cancel stopped nothing");
    for (const BatchPdf::Outcome &outcome : dialog.outcomes()) {
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(QFileInfo::exists(outcome.output));
    }
    // Only whole PDFs: no temporary file, nothing half written; fewer than were asked for.
    const QFileInfoList files = QDir(out.path()).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    QVERIFY(files.size() >= reported && files.size() < Documents);
    for (const QFileInfo &file : files) {
        QCOMPARE(file.suffix(), QStringLiteral("pdf"));
        QFile pdf(file.filePath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
    QVERIFY(dialog.summary().contains(QStringLiteral("Cancelled")));
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
