// Review and sign-off in the published document (issue 12 §3): "初稿" on every page until
// every section is approved, the signatures where the profile says, read back with pdftotext;
// `pdf --final` refuses while a section is not approved.
#include "testsupport.h"

#include "document/document.h"
#include "print/disclosureexport.h"
#include "profile/templatelibrary.h"
#include "report/reportcontent.h"
#include "signoff/reviewsections.h"
#include "commands/settext.h"
#include "signoff/signoffcommands.h"
#include "store/documentfile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime When(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

void approveAll(Document *document)
{
    QStringList ids;
    for (const ReviewSections::Section &section : ReviewSections::of(*document))
        ids.append(section.id);
    document->push(new ChangeReviewState(document, ids, ReviewState::Approved, {}, u"王审核"_s, When));
}

// The text of pages [first, last] (all when 0) without white space, in drawing order (-raw),
// which keeps the tilted watermark together.
QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments { u"-raw"_s };
    if (first > 0)
        arguments << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    QProcess process;
    process.start(u"pdftotext"_s, arguments << pdf << u"-"_s);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s"_s));
}

int pageCount(const QString &pdf)
{
    QProcess process;
    process.start(u"pdfinfo"_s, { pdf });
    process.waitForFinished(60000);
    const QRegularExpressionMatch pages
            = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(process.readAllStandardOutput()));
    return pages.hasMatch() ? pages.captured(1).toInt() : 0;
}

} // namespace

class TestSignoffPrint : public QObject
{
    Q_OBJECT

private slots:
    void watermarkStaysUntilEverySectionIsApproved();
    void signaturesCloseTheDisclosure();
    void signoffBlockCarriesNoOtherPartsHeading_data();
    void signoffBlockCarriesNoOtherPartsHeading();
    void signaturesOnTheCoverWhereTheProfileSaysSo();
    void finalExportIsRefusedWhileNotApproved();

private:
    QTemporaryDir m_dir;
};

void TestSignoffPrint::watermarkStaysUntilEverySectionIsApproved()
{
    const auto document = TestSupport::emptyDocument();
    ReportContent content = ReportContent::build(*document);
    // An empty document has no audit error and no reason to write: only approval is missing.
    QVERIFY2(content.auditErrors.isEmpty(), qPrintable(content.auditErrors.join(u'\n')));
    QVERIFY2(content.emptyReasons.isEmpty(), qPrintable(content.emptyReasons.join(u'\n')));
    QCOMPARE(content.unapprovedSections.size(), ReviewSections::of(*document).size());
    QVERIFY(content.isDraft());
    QCOMPARE(content.watermark(), u"初稿"_s);

    const QString draft = m_dir.filePath(u"draft.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(content, draft, &error), qPrintable(error));
    const int pages = pageCount(draft);
    QVERIFY(pages > 3);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(pdfText(draft, page, page).contains(u"初稿"_s), qPrintable(QString::number(page)));

    // All but one approved: still a draft, and the one left is named.
    approveAll(document.get());
    document->push(new ChangeReviewState(document.get(), { u"table:T9"_s }, ReviewState::Returned, u"请补充"_s,
                                         u"王审核"_s, When));
    content = ReportContent::build(*document);
    QCOMPARE(content.unapprovedSections.size(), 1);
    QVERIFY(content.unapprovedSections.constFirst().contains(u"Returned"_s));
    QVERIFY(content.isDraft());

    document->undoStack()->undo();
    content = ReportContent::build(*document);
    QVERIFY(content.unapprovedSections.isEmpty());
    QVERIFY(!content.isDraft());
    const QString approved = m_dir.filePath(u"approved.pdf"_s);
    QVERIFY2(DisclosureExport::writePdf(content, approved, &error), qPrintable(error));
    QCOMPARE(pageCount(approved), pages);
    QVERIFY(!pdfText(approved).contains(u"初稿"_s));

    // An edit after approval brings the watermark back; its undo takes it away again.
    document->setText(document->reportTemplate().texts().constFirst().key, u"改过的文字"_s);
    QVERIFY(ReportContent::build(*document).isDraft());
}

void TestSignoffPrint::signaturesCloseTheDisclosure()
{
    const auto document = TestSupport::emptyDocument();
    approveAll(document.get());
    document->push(new SignOff(document.get(), u"编制人"_s, u"张编制"_s, When));
    document->push(new SignOff(document.get(), u"审核人"_s, u"王审核"_s, When));
    const ReportContent content = ReportContent::build(*document);
    QVERIFY(!content.signaturesOnCover);
    const QString pdf = m_dir.filePath(u"signed.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(content, pdf, &error), qPrintable(error));
    if (const QString shots = qEnvironmentVariable("FAE_SHOTS"); !shots.isEmpty())
        QFile::copy(pdf, shots + u"/signed.pdf"_s);
    const QString text = pdfText(pdf);
    const qsizetype block = text.indexOf(u"审签编制人：张编制2026年12月1日审核人：王审核2026年12月1日单位负责人："_s);
    QVERIFY2(block > 0, qPrintable(text.right(400)));
    // After the disclosure, not on the cover.
    QVERIFY(!pdfText(pdf, 1, 1).contains(u"审核人"_s));
}

void TestSignoffPrint::signoffBlockCarriesNoOtherPartsHeading_data()
{
    QTest::addColumn<QString>("glossary");
    QTest::addColumn<bool>("samePage");
    // Part 5 without text: its title stands alone, the block gets a page of its own.
    QTest::newRow("empty glossary") << QString() << false;
    // A short glossary: the block follows its text on the same page.
    QTest::newRow("short glossary") << u"一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。"_s << true;
    // A glossary over more than a page: the block follows its last lines, without the part's title.
    QTest::newRow("long glossary") << QString(u"二、其他收入：指单位取得的除上述收入以外的各项收入。"_s).repeated(60) << false;
}

void TestSignoffPrint::signoffBlockCarriesNoOtherPartsHeading()
{
    QFETCH(QString, glossary);
    QFETCH(bool, samePage);
    const auto document = TestSupport::emptyDocument();
    if (!glossary.isEmpty())
        document->push(new SetText(document.get(), u"glossary"_s, glossary));
    approveAll(document.get());
    document->push(new SignOff(document.get(), u"审核人"_s, u"王审核"_s, When));
    const ReportContent content = ReportContent::build(*document);
    const QString pdf = m_dir.filePath(u"closing.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(content, pdf, &error), qPrintable(error));
    if (const QString shots = qEnvironmentVariable("FAE_SHOTS"); !shots.isEmpty())
        QFile::copy(pdf, shots + u"/closing-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".pdf"_s);
    const int pages = pageCount(pdf);
    int blockPage = 0;
    int partPage = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page, page);
        if (text.contains(u"审签编制人：审核人：王审核2026年12月1日"_s))
            blockPage = page;
        // The last page with the title: the contents list it too.
        if (text.contains(u"第五部分名词解释"_s))
            partPage = page;
    }
    QVERIFY(blockPage > 0 && partPage > 0);
    const QString blockText = pdfText(pdf, blockPage, blockPage);
    // The part's title is on the block's page only together with the part's text.
    QCOMPARE(blockText.contains(u"名词解释"_s), samePage);
    QCOMPARE(blockPage == partPage, samePage);
    if (!glossary.isEmpty()) {
        const QString line = glossary.left(10);
        QVERIFY2(blockText.contains(line) && blockText.indexOf(line) < blockText.indexOf(u"审签"_s), qPrintable(blockText));
    }
}

void TestSignoffPrint::signaturesOnTheCoverWhereTheProfileSaysSo()
{
    const auto document = TestSupport::emptyDocument(u"shanghai-2024"_s);
    approveAll(document.get());
    document->push(new SignOff(document.get(), u"单位负责人"_s, u"赵主任"_s, When));
    const ReportContent content = ReportContent::build(*document);
    QVERIFY(content.signaturesOnCover);
    const QString pdf = m_dir.filePath(u"cover.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(content, pdf, &error), qPrintable(error));
    if (const QString shots = qEnvironmentVariable("FAE_SHOTS"); !shots.isEmpty())
        QFile::copy(pdf, shots + u"/signed-cover.pdf"_s);
    const QString cover = pdfText(pdf, 1, 1);
    QVERIFY2(cover.contains(u"编制人：审核人：单位负责人：赵主任2026年12月1日"_s), qPrintable(cover));
    QVERIFY(!pdfText(pdf, 2, pageCount(pdf)).contains(u"审签"_s));
}

void TestSignoffPrint::finalExportIsRefusedWhileNotApproved()
{
    const auto document = TestSupport::emptyDocument();
    const QString fadb = m_dir.filePath(u"empty.fadb"_s);
    const DocumentFile::Opened created
            = DocumentFile::create(fadb, TestSupport::library().find(u"hubei-2024"_s), document->data(), false,
                                   TestSupport::library());
    QVERIFY2(created.document, qPrintable(created.message));
    const QString pdf = m_dir.filePath(u"refused.pdf"_s);
    const TestSupport::ProcessResult refused = TestSupport::runApp({ u"pdf"_s, fadb, u"-o"_s, pdf, u"--final"_s });
    QCOMPARE(refused.exitCode, 1);
    const QString why = QString::fromUtf8(refused.err);
    QVERIFY2(why.contains(u"not approved: "_s), qPrintable(why));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestSignoffPrint)
#include "tst_signoffprint.moc"
