// Review and sign-off (issue 12 §3): review states, comments, signatures and "modified since
// approval", each through its undo command; kept in the file and in interchange JSON; the
// review table's column.
#include "testsupport.h"

#include "document/document.h"
#include "interchange/interchange.h"
#include "review/documentreview.h"
#include "review/reviewrow.h"
#include "signoff/reviewstatus.h"
#include "signoff/reviewtracker.h"
#include "signoff/signaturelines.h"
#include "signoff/signoffcommands.h"
#include "signoff/signoffrules.h"
#include "store/documentfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime When(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

QStringList allSections(const Document &document)
{
    QStringList ids;
    for (const ReviewSections::Section &section : ReviewSections::of(document))
        ids.append(section.id);
    return ids;
}

// An input cell of a statutory table that holds a figure, and the section it belongs to.
CellRef someTableInput(const Document &document, QString *section)
{
    for (const TableDef &table : document.reportTemplate().tables()) {
        for (auto it = document.data().cells.constBegin(); it != document.data().cells.constEnd(); ++it) {
            if (it.key().sheet == table.id && it.value() != 0) {
                *section = u"table:"_s + table.id;
                return it.key();
            }
        }
    }
    return {};
}

void approveAll(Document *document)
{
    document->push(new ChangeReviewState(document, allSections(*document), ReviewState::Approved, {}, u"王审核"_s, When));
}

} // namespace

class TestSignoff : public QObject
{
    Q_OBJECT

private slots:
    void sectionsFollowTheDocument();
    void stateTransitionsAreUndoable();
    void editAfterApprovalIsModifiedAndUndoRestoresApproval();
    void commentsAreAddedResolvedAndUndone();
    void signatureRecordsWhatItApproved();
    void signatureLinesFollowTheProfile();
    void recordSurvivesTheFile();
    void recordSurvivesInterchange();
    void interchangeRefusesABadReview_data();
    void interchangeRefusesABadReview();
    void reviewTableHasTheStatusColumn();
};

void TestSignoff::sectionsFollowTheDocument()
{
    const auto document = TestSupport::sampleDocument();
    const QStringList ids = allSections(*document);
    QCOMPARE(ids.first(), u"department"_s);
    QVERIFY(ids.contains(u"table:T1"_s));
    QVERIFY(ids.contains(u"part:1"_s));
    QVERIFY(ids.contains(u"reasons"_s));
    QCOMPARE(ids.filter(QRegularExpression(u"^project:"_s)).size(), document->data().projects.size());
    QCOMPARE(ReviewSections::ofEntry(*document, u"table:T5"_s), QStringList { u"table:T5"_s });
    QCOMPARE(ReviewSections::ofEntry(*document, u"projects"_s).size(), document->data().projects.size());
    QVERIFY(ReviewSections::ofEntry(*document, u"narrative"_s).isEmpty());
    const ReviewStatus status(*document);
    QCOMPARE(status.count(ReviewMark::Draft), int(ids.size()));
    QVERIFY(!status.allApproved());
    QCOMPARE(status.unapprovedTitles().size(), ids.size());
}

void TestSignoff::stateTransitionsAreUndoable()
{
    const auto document = TestSupport::sampleDocument();
    const QString t1 = u"table:T1"_s;
    QUndoStack *stack = document->undoStack();
    QSignalSpy changed(document.get(), &Document::signoffChanged);

    document->push(new ChangeReviewState(document.get(), { t1 }, ReviewState::ReadyForReview, {}, u"张编制"_s, When));
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::ReadyForReview);
    QCOMPARE(document->data().signoff.sections.value(t1).by, u"张编制"_s);
    QCOMPARE(document->data().signoff.sections.value(t1).at, When);

    document->push(new ChangeReviewState(document.get(), { t1 }, ReviewState::Returned, u"第3行合计不对"_s, u"王审核"_s,
                                         When.addSecs(60)));
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::Returned);
    QCOMPARE(document->data().signoff.sections.value(t1).comment, u"第3行合计不对"_s);
    QVERIFY(stack->undoText().contains(u"Returned"_s));

    document->push(new ChangeReviewState(document.get(), { t1 }, ReviewState::ReadyForReview, {}, u"张编制"_s, When));
    document->push(new ChangeReviewState(document.get(), { t1 }, ReviewState::Approved, {}, u"王审核"_s, When));
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::Approved);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(document->data().signoff.sections.value(t1).fingerprint.size(), 64);

    stack->undo();
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::ReadyForReview);
    stack->undo();
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::Returned);
    stack->redo();
    stack->redo();
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::Approved);

    // Back to 草稿 forgets the section's review.
    document->push(new ChangeReviewState(document.get(), { t1 }, ReviewState::Draft, {}, u"张编制"_s, When));
    QVERIFY(!document->data().signoff.sections.contains(t1));
    stack->undo();
    QCOMPARE(ReviewStatus(*document).mark(t1), ReviewMark::Approved);

    QCOMPARE(ReviewStatus::nextStates(ReviewMark::Draft), QList<ReviewState> { ReviewState::ReadyForReview });
    QVERIFY(ReviewStatus::nextStates(ReviewMark::ModifiedSinceApproval).contains(ReviewState::Approved));
}

void TestSignoff::editAfterApprovalIsModifiedAndUndoRestoresApproval()
{
    const auto document = TestSupport::sampleDocument();
    ReviewTracker tracker(document.get());
    QSignalSpy spy(&tracker, &ReviewTracker::statusChanged);
    approveAll(document.get());
    QCOMPARE(spy.count(), 1);
    QVERIFY(tracker.status().allApproved());
    QCOMPARE(tracker.status().summary(), u"Approved %1/%1"_s.arg(allSections(*document).size()));

    QString section;
    const CellRef cell = someTableInput(*document, &section);
    QVERIFY(!section.isEmpty());
    const qint64 before = document->data().cells.value(cell);
    QString error;
    QVERIFY2(document->enterCell(cell, QString::number(before / 100 + 7), MoneyUnit::Yuan, &error), qPrintable(error));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(tracker.status().mark(section), ReviewMark::ModifiedSinceApproval);
    QCOMPARE(tracker.status().mark(u"department"_s), ReviewMark::Approved);
    QVERIFY(!tracker.status().allApproved());
    QVERIFY(tracker.status().summary().contains(u"Modified since approval"_s));

    document->undoStack()->undo();
    QCOMPARE(document->data().cells.value(cell), before);
    QCOMPARE(tracker.status().mark(section), ReviewMark::Approved);
    QVERIFY(tracker.status().allApproved());

    // A text and a project are sections too.
    const QString key = document->reportTemplate().texts().constFirst().key;
    const QString part = ReviewSections::ofEntry(*document, u"text:"_s + key).constFirst();
    document->undoStack()->redo();
    approveAll(document.get()); // the edited table and those computed from it, approved as they are now
    QVERIFY(tracker.status().allApproved());
    Project project = document->data().projects.constFirst();
    project.measures += u"加强监控。"_s;
    document->replaceProject(0, project);
    QCOMPARE(tracker.status().mark(u"project:%1"_s.arg(project.id)), ReviewMark::ModifiedSinceApproval);
    QCOMPARE(tracker.status().mark(part), ReviewMark::Approved);
}

void TestSignoff::commentsAreAddedResolvedAndUndone()
{
    const auto document = TestSupport::sampleDocument();
    QUndoStack *stack = document->undoStack();
    const QString target = u"cell:T1/r1/c1"_s;
    document->push(new AddComment(document.get(), target, u"请核对此数"_s, u"王审核"_s, When));
    document->push(new AddComment(document.get(), u"table:T5"_s, u"缺少说明"_s, u"李主任"_s, When.addSecs(5)));
    const QList<ReviewComment> &comments = document->data().signoff.comments;
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).id, 1);
    QCOMPARE(comments.at(1).id, 2);
    QCOMPARE(comments.at(0).target, target);
    QCOMPARE(comments.at(0).author, u"王审核"_s);
    QCOMPARE(comments.at(1).at, When.addSecs(5));
    QVERIFY(!comments.at(0).resolved);

    document->push(new ResolveComment(document.get(), 1, true));
    QVERIFY(document->data().signoff.comments.at(0).resolved);
    QCOMPARE(stack->undoText(), u"Resolve comment"_s);
    stack->undo();
    QVERIFY(!document->data().signoff.comments.at(0).resolved);
    stack->undo();
    QCOMPARE(document->data().signoff.comments.size(), 1);
    stack->redo();
    QCOMPARE(document->data().signoff.comments.size(), 2);
    // A comment changes no section's content: nothing approved becomes modified by it.
    approveAll(document.get());
    document->push(new AddComment(document.get(), u"table:T1"_s, u"已核"_s, u"王审核"_s, When));
    QVERIFY(ReviewStatus(*document).allApproved());
}

void TestSignoff::signatureRecordsWhatItApproved()
{
    const auto document = TestSupport::sampleDocument();
    document->push(new ChangeReviewState(document.get(), { u"table:T1"_s, u"table:T2"_s }, ReviewState::Approved, {},
                                         u"王审核"_s, When));
    document->push(new SignOff(document.get(), u"审核人"_s, u"王审核"_s, When));
    const Signature signature = document->data().signoff.signatures.constFirst();
    QCOMPARE(signature.role, u"审核人"_s);
    QCOMPARE(signature.name, u"王审核"_s);
    QCOMPARE(signature.sections, (QStringList { u"table:T1"_s, u"table:T2"_s }));
    QCOMPARE(signature.fingerprint.size(), 64);
    QVERIFY(ReviewStatus(*document).isCurrent(signature));

    const QString key = document->reportTemplate().texts().constFirst().key;
    document->setText(key, u"另一段文字"_s); // a section the signature did not approve
    QVERIFY(ReviewStatus(*document).isCurrent(signature));
    QString section;
    const CellRef cell = someTableInput(*document, &section);
    QString error;
    QVERIFY(document->enterCell(cell, u"123456"_s, MoneyUnit::Yuan, &error));
    const ReviewStatus afterEdit(*document);
    QCOMPARE(afterEdit.isCurrent(signature), !signature.sections.contains(section)
                     && afterEdit.mark(u"table:T1"_s) == ReviewMark::Approved
                     && afterEdit.mark(u"table:T2"_s) == ReviewMark::Approved);
    document->undoStack()->undo();
    QVERIFY(ReviewStatus(*document).isCurrent(signature));
    document->undoStack()->undo(); // the signature
    QVERIFY(document->data().signoff.signatures.isEmpty());
}

void TestSignoff::signatureLinesFollowTheProfile()
{
    const auto hubei = TestSupport::sampleDocument();
    const SignoffRules national = SignoffRules::fromTemplate(hubei->reportTemplate());
    QCOMPARE(national.roles, (QStringList { u"编制人"_s, u"审核人"_s, u"单位负责人"_s }));
    QCOMPARE(national.placement, SignoffRules::Placement::Closing);
    QVERIFY(SignatureLines::build(*hubei, national).isEmpty());

    approveAll(hubei.get());
    hubei->push(new SignOff(hubei.get(), u"审核人"_s, u"王审核"_s, When));
    hubei->push(new SignOff(hubei.get(), u"编制人"_s, u"张编制"_s, When.addDays(-1)));
    QCOMPARE(SignatureLines::build(*hubei, national),
             (QStringList { u"编制人：张编制　2026年11月30日"_s, u"审核人：王审核　2026年12月1日"_s, u"单位负责人："_s }));
    // A signature whose content changed since is not printed.
    QString section;
    const CellRef cell = someTableInput(*hubei, &section);
    QString error;
    QVERIFY(hubei->enterCell(cell, u"1"_s, MoneyUnit::Yuan, &error));
    QCOMPARE(SignatureLines::build(*hubei, national),
             (QStringList { u"编制人："_s, u"审核人："_s, u"单位负责人："_s }));

    const auto shanghai = TestSupport::sampleDocument(u"shanghai-2024"_s);
    const SignoffRules rules = SignoffRules::fromTemplate(shanghai->reportTemplate());
    QCOMPARE(rules.placement, SignoffRules::Placement::Cover);
    QCOMPARE(rules.roles, national.roles);
}

void TestSignoff::recordSurvivesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.fadb"_s);
    QCOMPARE(TestSupport::writeSampleFile(path), QString());
    SignoffRecord expected;
    {
        DocumentFile::Opened opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY2(opened.document, qPrintable(opened.message));
        Document *document = opened.document.get();
        approveAll(document);
        document->push(new ChangeReviewState(document, { u"table:T5"_s }, ReviewState::Returned, u"请补充"_s,
                                             u"王审核"_s, When));
        document->push(new AddComment(document, u"cell:T1/r1/c1"_s, u"核对"_s, u"王审核"_s, When));
        document->push(new ResolveComment(document, 1, true));
        document->push(new SignOff(document, u"编制人"_s, u"张编制"_s, When));
        expected = document->data().signoff;
    }
    const DocumentFile::Opened reopened = DocumentFile::read(path, TestSupport::library());
    QVERIFY2(reopened.document, qPrintable(reopened.message));
    QCOMPARE(reopened.document->data().signoff, expected);
    const ReviewStatus status(*reopened.document);
    QCOMPARE(status.mark(u"table:T5"_s), ReviewMark::Returned);
    QCOMPARE(status.count(ReviewMark::Approved), int(status.sections().size()) - 1);
    QVERIFY(status.isCurrent(reopened.document->data().signoff.signatures.constFirst()));
}

void TestSignoff::recordSurvivesInterchange()
{
    const auto document = TestSupport::sampleDocument();
    QVERIFY(!QJsonDocument::fromJson(Interchange::write(*document)).object().contains(u"review"_s));
    approveAll(document.get());
    document->push(new AddComment(document.get(), u"finding:R-01"_s, u"已说明"_s, u"王审核"_s, When));
    document->push(new SignOff(document.get(), u"单位负责人"_s, u"赵主任"_s, When));
    const Interchange::ReadResult read = Interchange::read(Interchange::write(*document), TestSupport::library());
    QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
    QCOMPARE(read.data.signoff, document->data().signoff);
}

void TestSignoff::interchangeRefusesABadReview_data()
{
    QTest::addColumn<QJsonObject>("review");
    QTest::addColumn<QString>("error");
    const QJsonObject section { { u"state"_s, u"approved"_s }, { u"by"_s, u"王"_s }, { u"at"_s, u"2026-12-01T09:30:00Z"_s } };
    QJsonObject unknownState = section;
    unknownState.insert(u"state"_s, u"done"_s);
    QTest::newRow("unknown state") << QJsonObject { { u"sections"_s, QJsonObject { { u"table:T1"_s, unknownState } } } }
                                   << u"$.review.sections[\"table:T1\"].state: must be draft, ready, approved or returned, not \"done\""_s;
    QJsonObject badTime = section;
    badTime.insert(u"at"_s, u"yesterday"_s);
    QTest::newRow("bad time") << QJsonObject { { u"sections"_s, QJsonObject { { u"table:T1"_s, badTime } } } }
                              << u"$.review.sections[\"table:T1\"].at: must be a time written as \"2026-12-01T09:30:00Z\""_s;
    const QJsonObject comment { { u"id"_s, 1 }, { u"target"_s, u"table:T1"_s }, { u"text"_s, u"x"_s },
                                { u"at"_s, u"2026-12-01T09:30:00Z"_s } };
    QTest::newRow("duplicate comment id") << QJsonObject { { u"comments"_s, QJsonArray { comment, comment } } }
                                          << u"$.review.comments[1].id: must be a positive whole number that no other comment has"_s;
    QTest::newRow("unknown key") << QJsonObject { { u"history"_s, 1 } } << u"$.review.history: unknown key"_s;
    QTest::newRow("bad fingerprint")
            << QJsonObject { { u"signatures"_s,
                               QJsonArray { QJsonObject { { u"role"_s, u"审核人"_s }, { u"name"_s, u"王"_s },
                                                          { u"at"_s, u"2026-12-01T09:30:00Z"_s },
                                                          { u"sections"_s, QJsonArray { u"table:T1"_s } },
                                                          { u"fingerprint"_s, u"abc"_s } } } } }
            << u"$.review.signatures[0].fingerprint: must be 64 lower-case hexadecimal digits"_s;
}

void TestSignoff::interchangeRefusesABadReview()
{
    QFETCH(QJsonObject, review);
    QFETCH(QString, error);
    const auto document = TestSupport::sampleDocument();
    QJsonObject root = QJsonDocument::fromJson(Interchange::write(*document)).object();
    root.insert(u"review"_s, review);
    const Interchange::ReadResult read = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QVERIFY(!read.ok());
    QVERIFY2(read.errors.contains(error), qPrintable(read.errors.join(u'\n')));
}

void TestSignoff::reviewTableHasTheStatusColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.fadb"_s);
    QCOMPARE(TestSupport::writeSampleFile(path), QString());
    int sections = 0;
    {
        DocumentFile::Opened opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY2(opened.document, qPrintable(opened.message));
        Document *document = opened.document.get();
        sections = int(allSections(*document).size());
        document->push(new ChangeReviewState(document, { u"table:T1"_s, u"table:T2"_s, u"table:T3"_s },
                                             ReviewState::Approved, {}, u"王审核"_s, When));
        document->push(new ChangeReviewState(document, { u"table:T4"_s }, ReviewState::Returned, u"请改"_s, u"王审核"_s,
                                             When));
    }
    const ReviewRow row = DocumentReview::review(path, dir.path(), TestSupport::library());
    QVERIFY2(row.isReadable(), qPrintable(row.message));
    QCOMPARE(row.review, u"Approved 3/%1, Returned 1"_s.arg(sections));
    QCOMPARE(row.approvedSections, 3);
    QCOMPARE(row.sections, sections);
    QCOMPARE(ReviewRow::columnTitle(ReviewRow::Review), u"Review status"_s);
    QCOMPARE(ReviewRow::columnKey(ReviewRow::Review), u"reviewStatus"_s);
}

QTEST_MAIN(TestSignoff)
#include "tst_signoff.moc"
