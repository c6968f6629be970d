#include "document/document.h"
#include "history/historycompactor.h"
#include "history/historydock.h"
#include "history/historyrecorder.h"
#include "history/historytablemodel.h"
#include "interchange/interchange.h"
#include "signoff/reviewsteps.h"
#include "store/documentfile.h"
#include "testsupport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Review steps and signatures in the change history: each is an approval entry written with
// the step, an undone step an undo entry; compacting keeps them, the file, the command line
// and the interchange format carry them, and the history view filters them.
class TestReviewHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void submitAndApproveAreApprovals();
    void returnCarriesItsComment();
    void signatureAndItsWithdrawal();
    void undoneStepIsAnUndoAndRedoneAnApproval();
    void commentsAreEdits();
    void compactingKeepsApprovalsAndDropsEdits();
    void commandLineAndInterchangeCarryApprovals();
    void historyViewFiltersReviewAndOffersNoRestore();

private:
    DocumentFile::Opened openSample();
    // Submits and approves the department section.
    static void approveDepartment(Document *document);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    const QDateTime m_when { QDate(2026, 12, 1), QTime(2, 50), Qt::UTC };
};

void TestReviewHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"sample.fadb"_s);
    QCOMPARE(TestSupport::writeSampleFile(m_path), QString());
}

DocumentFile::Opened TestReviewHistory::openSample()
{
    DocumentFile::Opened opened = DocumentFile::open(m_path, TestSupport::library());
    if (opened.document)
        opened.document->history()->setUser(u"王审核"_s);
    return opened;
}

void TestReviewHistory::approveDepartment(Document *document)
{
    const QDateTime when = QDateTime::currentDateTimeUtc();
    QCOMPARE(ReviewSteps::changeState(document, { u"department"_s }, ReviewState::ReadyForReview, {}, u"张编制"_s, when),
             QString());
    QCOMPARE(ReviewSteps::changeState(document, { u"department"_s }, ReviewState::Approved, {}, u"王审核"_s, when),
             QString());
}

void TestReviewHistory::submitAndApproveAreApprovals()
{
    auto opened = openSample();
    Document &document = *opened.document;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    approveDepartment(&document);
    const QList<HistoryEntry> history = document.data().history; // a copy: the document is closed below
    QCOMPARE(history.size(), 2);
    const HistoryEntry &submitted = history.at(0);
    QCOMPARE(submitted.kind, HistoryEntry::Kind::Approval);
    QCOMPARE(submitted.scope, HistoryEntry::Scope::Review);
    QCOMPARE(submitted.target, u"department"_s);
    QCOMPARE(submitted.subject, u"Review · Department"_s);
    QCOMPARE(submitted.oldText, u"Draft"_s);
    QCOMPARE(submitted.newText, u"Ready for review"_s);
    QCOMPARE(submitted.user, u"王审核"_s);
    QCOMPARE(submitted.action, u"Review: Department → Ready for review"_s);
    QVERIFY(submitted.at >= before.addMSecs(-1) && submitted.at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(submitted.section(), u"department"_s);
    const HistoryEntry &approved = history.at(1);
    QCOMPARE(approved.kind, HistoryEntry::Kind::Approval);
    QCOMPARE(approved.oldText, u"Ready for review"_s);
    QCOMPARE(approved.newText, u"Approved"_s);
    QVERIFY(approved.id > submitted.id);
    QVERIFY(!approved.oldValue && !approved.newValue);

    // Written with the step: the file has them after reopening.
    opened = {};
    const auto again = openSample();
    QVERIFY2(again.document, qPrintable(again.message));
    QCOMPARE(again.document->data().history, history);
}

void TestReviewHistory::returnCarriesItsComment()
{
    auto opened = openSample();
    Document &document = *opened.document;
    QCOMPARE(ReviewSteps::changeState(&document, { u"table:T5"_s }, ReviewState::ReadyForReview, {}, u"张编制"_s, m_when),
             QString());
    QCOMPARE(ReviewSteps::changeState(&document, { u"table:T5"_s }, ReviewState::Returned, u"  请核对行政运行的金额  "_s,
                                      u"王审核"_s, m_when),
             QString());
    const HistoryEntry &returned = document.data().history.constLast();
    QCOMPARE(returned.kind, HistoryEntry::Kind::Approval);
    QCOMPARE(returned.target, u"table:T5"_s);
    QCOMPARE(returned.section(), u"T5"_s); // listed with the table in the history view
    QCOMPARE(returned.oldText, u"Ready for review"_s);
    QCOMPARE(returned.newText, u"Returned: 请核对行政运行的金额"_s);
    // A refused step records nothing.
    const qsizetype count = document.data().history.size();
    QVERIFY(!ReviewSteps::changeState(&document, { u"table:T5"_s }, ReviewState::Returned, u" "_s, u"王审核"_s, m_when)
                     .isEmpty());
    QCOMPARE(document.data().history.size(), count);
}

void TestReviewHistory::signatureAndItsWithdrawal()
{
    auto opened = openSample();
    Document &document = *opened.document;
    approveDepartment(&document);
    QCOMPARE(ReviewSteps::signOff(&document, u"审核人"_s, u"王审核"_s, m_when), QString());
    const HistoryEntry signedEntry = document.data().history.constLast();
    QCOMPARE(signedEntry.kind, HistoryEntry::Kind::Approval);
    QCOMPARE(signedEntry.scope, HistoryEntry::Scope::Signature);
    QCOMPARE(signedEntry.target, u"审核人"_s);
    QCOMPARE(signedEntry.subject, u"Signature · 审核人"_s);
    QCOMPARE(signedEntry.oldText, QString());
    QCOMPARE(signedEntry.newText, u"王审核 (审核人)"_s);
    QCOMPARE(signedEntry.action, u"Sign as 审核人"_s);

    QVERIFY(!ReviewSteps::withdrawSignature(&document, 1).isEmpty()); // there is one signature only
    QCOMPARE(ReviewSteps::withdrawSignature(&document, 0), QString());
    QVERIFY(document.data().signoff.signatures.isEmpty());
    const HistoryEntry &withdrawn = document.data().history.constLast();
    QCOMPARE(withdrawn.kind, HistoryEntry::Kind::Approval);
    QCOMPARE(withdrawn.scope, HistoryEntry::Scope::Signature);
    QCOMPARE(withdrawn.oldText, u"王审核 (审核人)"_s);
    QCOMPARE(withdrawn.newText, QString());
    QCOMPARE(withdrawn.action, u"Withdraw signature of 审核人"_s);
    QCOMPARE(document.data().history.size(), 4);
}

void TestReviewHistory::undoneStepIsAnUndoAndRedoneAnApproval()
{
    auto opened = openSample();
    Document &document = *opened.document;
    approveDepartment(&document);
    document.undoStack()->undo();
    const HistoryEntry undone = document.data().history.constLast();
    QCOMPARE(undone.kind, HistoryEntry::Kind::Undo);
    QCOMPARE(undone.oldText, u"Approved"_s);
    QCOMPARE(undone.newText, u"Ready for review"_s);
    document.undoStack()->redo();
    const HistoryEntry &redone = document.data().history.constLast();
    QCOMPARE(redone.kind, HistoryEntry::Kind::Approval);
    QCOMPARE(redone.oldText, u"Ready for review"_s);
    QCOMPARE(redone.newText, u"Approved"_s);
    QCOMPARE(document.data().history.size(), 4);
}

void TestReviewHistory::commentsAreEdits()
{
    auto opened = openSample();
    Document &document = *opened.document;
    QCOMPARE(ReviewSteps::addComment(&document, u"cell:T5.2010601.basic"_s, u"请附依据"_s, u"王审核"_s, m_when), QString());
    const HistoryEntry added = document.data().history.constLast();
    QCOMPARE(added.kind, HistoryEntry::Kind::Edit);
    QCOMPARE(added.scope, HistoryEntry::Scope::Comment);
    QCOMPARE(added.target, u"cell:T5.2010601.basic"_s);
    QCOMPARE(added.section(), u"T5"_s);
    QCOMPARE(added.newText, u"请附依据"_s);
    const qint64 id = document.data().signoff.comments.constFirst().id;
    QCOMPARE(ReviewSteps::resolveComment(&document, id, true), QString());
    QCOMPARE(document.data().history.constLast().oldText, u"Open"_s);
    QCOMPARE(document.data().history.constLast().newText, u"Resolved"_s);
    document.undoStack()->undo();
    document.undoStack()->undo();
    const HistoryEntry &removed = document.data().history.constLast();
    QCOMPARE(removed.kind, HistoryEntry::Kind::Undo);
    QCOMPARE(removed.oldText, u"请附依据"_s);
    QCOMPARE(removed.newText, QString());
}

void TestReviewHistory::compactingKeepsApprovalsAndDropsEdits()
{
    QList<HistoryEntry> approvals;
    {
        auto opened = openSample();
        Document &document = *opened.document;
        QString error;
        const CellRef cell { u"T5"_s, u"2010601"_s, u"basic"_s };
        QVERIFY(document.enterCell(cell, u"1"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(document.enterCell(cell, u"2"_s, MoneyUnit::Wanyuan, &error));
        approveDepartment(&document);
        QCOMPARE(ReviewSteps::signOff(&document, u"编制人"_s, u"张编制"_s, m_when), QString());
        for (const HistoryEntry &entry : document.data().history) {
            if (entry.kind == HistoryEntry::Kind::Approval)
                approvals.append(entry);
        }
        QCOMPARE(approvals.size(), 3);
        QCOMPARE(document.data().history.size(), 5);
    }
    const auto result = TestSupport::runApp({ u"history"_s, m_path, u"--compact"_s, u"--keep-days"_s, u"0"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const auto after = DocumentFile::open(m_path, TestSupport::library());
    QVERIFY2(after.document, qPrintable(after.message));
    const QList<HistoryEntry> &history = after.document->data().history;
    QList<HistoryEntry> kept;
    int summaries = 0;
    for (const HistoryEntry &entry : history) {
        QVERIFY(entry.kind != HistoryEntry::Kind::Edit);
        summaries += entry.kind == HistoryEntry::Kind::Summary;
        if (entry.kind == HistoryEntry::Kind::Approval)
            kept.append(entry);
    }
    QCOMPARE(kept, approvals);
    QCOMPARE(summaries, 1); // the two edits of one cell, combined
    QCOMPARE(history.size(), 4);
}

void TestReviewHistory::commandLineAndInterchangeCarryApprovals()
{
    {
        auto opened = openSample();
        approveDepartment(opened.document.get());
        QCOMPARE(ReviewSteps::signOff(opened.document.get(), u"审核人"_s, u"王审核"_s, m_when), QString());

        const QByteArray json = Interchange::write(*opened.document);
        const Interchange::ReadResult read = Interchange::read(json, TestSupport::library());
        QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.data.history, opened.document->data().history);
        const QJsonObject signature
                = QJsonDocument::fromJson(json).object().value(u"history"_s).toArray().at(2).toObject();
        QCOMPARE(signature.value(u"kind"_s).toString(), u"approval"_s);
        QCOMPARE(signature.value(u"scope"_s).toString(), u"signature"_s);
        QCOMPARE(signature.value(u"newText"_s).toString(), u"王审核 (审核人)"_s);
    }
    const auto listed = TestSupport::runApp({ u"history"_s, m_path, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).toObject().value(u"scope"_s).toString(), u"review"_s);
    QCOMPARE(entries.at(1).toObject().value(u"target"_s).toString(), u"department"_s);
    QCOMPARE(entries.at(1).toObject().value(u"user"_s).toString(), u"王审核"_s);
    const auto tsv = TestSupport::runApp({ u"history"_s, m_path });
    QCOMPARE(tsv.exitCode, 0);
    QCOMPARE(QString::fromUtf8(tsv.out).split(u'\n', Qt::SkipEmptyParts).size(), 3);
    QVERIFY2(QString::fromUtf8(tsv.out).contains(u"王审核 (审核人)"_s), tsv.out.constData());
}

void TestReviewHistory::historyViewFiltersReviewAndOffersNoRestore()
{
    auto opened = openSample();
    Document &document = *opened.document;
    QString error;
    QVERIFY(document.enterCell({ u"T5"_s, u"2010601"_s, u"basic"_s }, u"1"_s, MoneyUnit::Wanyuan, &error));
    approveDepartment(&document);
    HistoryDock dock;
    dock.setDocument(&document);
    dock.show();
    QCOMPARE(dock.model()->rowCount(), 3);
    auto *scope = dock.findChild<QComboBox *>();
    QVERIFY(scope);
    scope->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(scope, Qt::Key_Down);
    QCOMPARE(scope->currentIndex(), int(HistoryDock::Scope::Review));
    QCOMPARE(dock.model()->rowCount(), 2);
    QCOMPARE(dock.model()->index(0, HistoryTableModel::NewColumn).data().toString(), u"Approved"_s);
    QCOMPARE(dock.model()->index(0, HistoryTableModel::KindColumn).data().toString(), u"Approval"_s);
    auto *restore = dock.findChild<QPushButton *>();
    const QRect row = dock.view()->visualRect(dock.model()->index(0, HistoryTableModel::SubjectColumn));
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(dock.view()->currentIndex().row(), 0);
    QVERIFY(!restore->isEnabled());
    QVERIFY(!dock.model()->index(0, 0).data(HistoryTableModel::RestorableRole).toBool());
    // No menu is offered on a review step; the figure's entry has one.
    emit dock.view()->customContextMenuRequested(row.center());
    QVERIFY(!dock.findChild<QMenu *>());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(scope, Qt::Key_Up);
    QCOMPARE(scope->currentIndex(), int(HistoryDock::Scope::Document));
    const QRect edit = dock.view()->visualRect(dock.model()->index(2, HistoryTableModel::SubjectColumn));
    emit dock.view()->customContextMenuRequested(edit.center());
    QVERIFY(dock.findChild<QMenu *>());

    // The section's own view lists its review steps with its edits.
    HistoryTableModel::Filter section;
    section.mode = HistoryTableModel::Filter::Mode::Sections;
    section.sections = { u"department"_s };
    dock.model()->setFilter(section);
    QCOMPARE(dock.model()->rowCount(), 2);
    section.sections = { u"T5"_s };
    dock.model()->setFilter(section);
    QCOMPARE(dock.model()->rowCount(), 1);

    // A text's view lists the review steps of its part.
    QCOMPARE(ReviewSteps::changeState(&document, { u"part:1"_s }, ReviewState::ReadyForReview, {}, u"张编制"_s, m_when),
             QString());
    dock.setScope(HistoryDock::Scope::Section);
    dock.setCurrentEntry(u"text:duties"_s);
    QCOMPARE(dock.model()->rowCount(), 1);
    QCOMPARE(dock.model()->entryAt(0).target, u"part:1"_s);
}

QTEST_MAIN(TestReviewHistory)
#include "tst_reviewhistory.moc"
