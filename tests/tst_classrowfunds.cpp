#include "commands/addremoveclassrow.h"
#include "document/classrowlists.h"
#include "document/document.h"
#include "editor/classrowbar.h"
#include "editor/tableformeditor.h"
#include "editor/tableformview.h"
#include "interchange/bundledsamples.h"
#include "interchange/interchange.h"
#include "models/tableformmodel.h"
#include "profile/templatelibrary.h"
#include "rollforward/rollforward.h"
#include "rollforward/rollforwardrules.h"
#include "store/documentfile.h"
#include "tableeditorswindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The fund of a 科目 row: chosen in the add-row bar of a table that lists several funds, the
// row lands in the tables that list that fund, shows its fund, and the fund is kept by undo,
// the document file, interchange JSON and roll-forward.
class TestClassRowFunds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fundCodeAddedInT3LandsInT7NotT5();
    void chosenFundDecidesWhereTheRowLands();
    void generalBudgetCodeAddedInT3LandsInT2AndT5();
    void singleFundTableSuggestsItsFund();
    void codeListedUnderAnotherFundIsRefused();
    void removingFromT7AsksAboutT3Figures();
    void fundSurvivesSaveAndReopen();
    void fileWithoutFundsReadsAsBefore();
    void fundSurvivesInterchange();
    void badInterchangeFundIsRefused();
    void rollForwardKeepsTheFund();

private:
    QLineEdit *codeField(const QString &tableId) const;
    QComboBox *fundBox(const QString &tableId) const;
    void typeCode(const QString &tableId, const QString &code);
    bool listed(const QString &tableId, const QString &code) const;
    QString nameShown(const QString &tableId, const QString &code) const;

    std::unique_ptr<TableEditorsWindow> m_window;
    Document *m_document = nullptr; // the window's
};

void TestClassRowFunds::init()
{
    m_window = std::make_unique<TableEditorsWindow>(QStringList { u"T2"_s, u"T3"_s, u"T5"_s, u"T7"_s });
    m_document = m_window->document();
    QVERIFY(m_window->activate());
}

void TestClassRowFunds::cleanup()
{
    m_window.reset();
}

QLineEdit *TestClassRowFunds::codeField(const QString &tableId) const
{
    return m_window->editor(tableId)->rowBar()->findChild<QLineEdit *>();
}

QComboBox *TestClassRowFunds::fundBox(const QString &tableId) const
{
    return m_window->editor(tableId)->rowBar()->findChild<QComboBox *>();
}

void TestClassRowFunds::typeCode(const QString &tableId, const QString &code)
{
    QLineEdit *field = codeField(tableId);
    field->setFocus();
    QTest::keyClicks(field, code);
}

bool TestClassRowFunds::listed(const QString &tableId, const QString &code) const
{
    return m_window->editor(tableId)->model()->rowForCode(code) >= 0;
}

QString TestClassRowFunds::nameShown(const QString &tableId, const QString &code) const
{
    const TableFormModel *model = m_window->editor(tableId)->model();
    return model->index(model->rowForCode(code), 1).data().toString();
}

void TestClassRowFunds::fundCodeAddedInT3LandsInT7NotT5()
{
    // 2120801 征地和拆迁补偿支出 is under 21208, which the profile marks as a 政府性基金 款.
    QVERIFY(fundBox(u"T3"_s)->isVisible());
    QCOMPARE(fundBox(u"T3"_s)->currentText(), u"一般公共预算"_s);
    typeCode(u"T3"_s, u"2120801"_s);
    QCOMPARE(fundBox(u"T3"_s)->currentText(), u"政府性基金预算"_s);
    QTest::keyClick(codeField(u"T3"_s), Qt::Key_Return);
    QVERIFY(listed(u"T3"_s, u"2120801"_s));
    QVERIFY(listed(u"T2"_s, u"2120801"_s));
    QVERIFY(listed(u"T7"_s, u"2120801"_s));
    QVERIFY(!listed(u"T5"_s, u"2120801"_s));
    QCOMPARE(nameShown(u"T3"_s, u"2120801"_s), u"\u3000\u3000征地和拆迁补偿支出 〔基金〕"_s);
    QCOMPARE(nameShown(u"T3"_s, u"2010601"_s), u"\u3000\u3000行政运行 〔一般〕"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);

    m_document->undoStack()->undo();
    QVERIFY(!listed(u"T3"_s, u"2120801"_s));
    QVERIFY(!listed(u"T2"_s, u"2120801"_s));
    QVERIFY(!listed(u"T7"_s, u"2120801"_s));
    QVERIFY(!m_document->data().rowFunds.contains(u"2120801"_s));
    m_document->undoStack()->redo();
    QVERIFY(listed(u"T7"_s, u"2120801"_s));
    QVERIFY(!listed(u"T5"_s, u"2120801"_s));
    QCOMPARE(m_document->data().rowFunds.value(u"2120801"_s), u"fund"_s);
}

void TestClassRowFunds::chosenFundDecidesWhereTheRowLands()
{
    // 2010301 is a 一般公共预算 科目 by default; the user files it under 政府性基金预算 with the keys.
    QComboBox *box = fundBox(u"T3"_s);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), u"政府性基金预算"_s);
    typeCode(u"T3"_s, u"2010301"_s);
    QCOMPARE(box->currentText(), u"政府性基金预算"_s); // the user's choice is not overridden
    QTest::keyClick(codeField(u"T3"_s), Qt::Key_Return);
    QVERIFY(listed(u"T7"_s, u"2010301"_s));
    QVERIFY(!listed(u"T5"_s, u"2010301"_s));
    QVERIFY(nameShown(u"T3"_s, u"2010301"_s).endsWith(u"〔基金〕"_s));
    // After the add the bar suggests again.
    typeCode(u"T3"_s, u"2010302"_s);
    QCOMPARE(box->currentText(), u"一般公共预算"_s);
}

void TestClassRowFunds::generalBudgetCodeAddedInT3LandsInT2AndT5()
{
    typeCode(u"T3"_s, u"2010301"_s);
    QCOMPARE(fundBox(u"T3"_s)->currentText(), u"一般公共预算"_s);
    QTest::keyClick(codeField(u"T3"_s), Qt::Key_Return);
    QVERIFY(listed(u"T2"_s, u"2010301"_s));
    QVERIFY(listed(u"T5"_s, u"2010301"_s));
    QVERIFY(!listed(u"T7"_s, u"2010301"_s));
    QCOMPARE(m_document->data().rowFunds.value(u"2010301"_s), u"gpb"_s);
    m_document->undoStack()->undo();
    QVERIFY(!listed(u"T5"_s, u"2010301"_s));
    QVERIFY(!listed(u"T2"_s, u"2010301"_s));
}

void TestClassRowFunds::singleFundTableSuggestsItsFund()
{
    // T7 lists one fund: it has no choice and files the 科目 under its fund.
    QVERIFY(!fundBox(u"T7"_s)->isVisible());
    typeCode(u"T7"_s, u"2010301"_s);
    QTest::keyClick(codeField(u"T7"_s), Qt::Key_Return);
    QVERIFY2(listed(u"T7"_s, u"2010301"_s), qPrintable(m_window->editor(u"T7"_s)->rowBar()->error()));
    QVERIFY(listed(u"T3"_s, u"2010301"_s));
    QVERIFY(!listed(u"T5"_s, u"2010301"_s));
    QVERIFY(nameShown(u"T2"_s, u"2010301"_s).endsWith(u"〔基金〕"_s));
    // A 科目 T7 alone lists (as an Excel import leaves it) is offered in T3 under T7's fund.
    QVERIFY(m_document->push(new AddClassRow(m_document, u"T7"_s, u"2010303"_s)));
    typeCode(u"T3"_s, u"2010303"_s);
    QCOMPARE(fundBox(u"T3"_s)->currentText(), u"政府性基金预算"_s);
    QTest::keyClick(codeField(u"T3"_s), Qt::Key_Return);
    QVERIFY(listed(u"T3"_s, u"2010303"_s));
    QVERIFY(listed(u"T2"_s, u"2010303"_s));
    QVERIFY(!listed(u"T5"_s, u"2010303"_s));
}

void TestClassRowFunds::codeListedUnderAnotherFundIsRefused()
{
    // 2010601 行政运行 is in T5 (一般公共预算): filing it under 政府性基金预算 in T7 is refused.
    const int steps = m_document->undoStack()->count();
    typeCode(u"T7"_s, u"2010601"_s);
    QTest::keyClick(codeField(u"T7"_s), Qt::Key_Return);
    QVERIFY(!listed(u"T7"_s, u"2010601"_s));
    QCOMPARE(m_document->undoStack()->count(), steps);
    const QString error = m_window->editor(u"T7"_s)->rowBar()->error();
    QVERIFY2(error.contains(u"2010601"_s) && error.contains(u"一般公共预算财政拨款支出决算表"_s), qPrintable(error));
    QCOMPARE(codeField(u"T7"_s)->text(), u"2010601"_s); // what was typed stays
}

void TestClassRowFunds::removingFromT7AsksAboutT3Figures()
{
    typeCode(u"T3"_s, u"2120801"_s);
    QTest::keyClick(codeField(u"T3"_s), Qt::Key_Return);
    QString error;
    QVERIFY(m_document->enterCell({ u"T3"_s, u"2120801"_s, u"project"_s }, u"12.5"_s, MoneyUnit::Wanyuan, &error));
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Remove from every table"_s)
                button->click();
        }
    });
    TableFormEditor *t7 = m_window->editor(u"T7"_s);
    t7->view()->setCurrentIndex(t7->model()->index(t7->model()->rowForCode(u"2120801"_s), 3));
    QVERIFY(t7->rowBar()->removeCurrentRow());
    QVERIFY2(question.contains(u"支出决算表"_s), qPrintable(question));
    QVERIFY(!listed(u"T3"_s, u"2120801"_s));
    QVERIFY(!listed(u"T2"_s, u"2120801"_s));
    QVERIFY(!m_document->data().rowFunds.contains(u"2120801"_s));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->value({ u"T3"_s, u"2120801"_s, u"project"_s }), qint64(12'500'000));
    QCOMPARE(m_document->data().rowFunds.value(u"2120801"_s), u"fund"_s);
}

void TestClassRowFunds::fundSurvivesSaveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"funds.fadb"_s);
    QCOMPARE(TestSupport::writeSampleFile(path), QString());
    {
        auto opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY(opened.document);
        QVERIFY(opened.document->push(new AddClassRows(opened.document.get(), u"T3"_s, u"2010301"_s, u"fund"_s)));
    }
    const auto reopened = DocumentFile::open(path, TestSupport::library());
    QVERIFY(reopened.document);
    const DocumentData &data = reopened.document->data();
    QCOMPARE(data.rowFunds.value(u"2010301"_s), u"fund"_s);
    QVERIFY(data.classRows.value(u"T7"_s).contains(u"2010301"_s));
    QVERIFY(!data.classRows.value(u"T5"_s).contains(u"2010301"_s));
    QCOMPARE(ClassRowLists::sharingTables(reopened.document->reportTemplate(), data, u"T3"_s, u"2010301"_s),
             (QStringList { u"T3"_s, u"T2"_s, u"T7"_s }));
}

void TestClassRowFunds::fileWithoutFundsReadsAsBefore()
{
    // A file of the version before funds: its 科目 are filed as their tables say.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.fadb"_s);
    QCOMPARE(TestSupport::writeSampleFile(path), QString());
    // Back to version 4: without the tables of versions 5 (funds), 6 (history) and 7 (review).
    QCOMPARE(TestSupport::runSql(path, { u"DROP TABLE class_row_fund"_s, u"DROP TABLE history"_s,
                                         u"DROP TABLE review_state"_s, u"DROP TABLE review_comment"_s,
                                         u"DROP TABLE signature"_s, u"PRAGMA user_version = 4"_s }),
             QString());
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(opened.document, qPrintable(opened.message));
    const DocumentData &data = opened.document->data();
    QVERIFY(data.rowFunds.isEmpty());
    const ReportTemplate &reportTemplate = opened.document->reportTemplate();
    QCOMPARE(ClassRowLists::fundOf(reportTemplate, data, u"T3"_s, u"2010601"_s), u"gpb"_s);
    QCOMPARE(ClassRowLists::sharingTables(reportTemplate, data, u"T3"_s, u"2010601"_s),
             (QStringList { u"T3"_s, u"T2"_s, u"T5"_s }));
    // The upgraded file takes funds from now on.
    QVERIFY(opened.document->push(new AddClassRows(opened.document.get(), u"T3"_s, u"2120801"_s)));
    QCOMPARE(opened.document->data().rowFunds.value(u"2120801"_s), u"fund"_s);
}

void TestClassRowFunds::fundSurvivesInterchange()
{
    QVERIFY(m_document->push(new AddClassRows(m_document, u"T3"_s, u"2010301"_s, u"fund"_s)));
    const QByteArray json = Interchange::write(*m_document);
    QVERIFY(json.contains("\"rowFunds\""));
    const Interchange::ReadResult read = Interchange::read(json, TestSupport::library());
    QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
    QCOMPARE(read.data.rowFunds, m_document->data().rowFunds);
    QCOMPARE(read.data.rowFunds.value(u"2010301"_s), u"fund"_s);
    QCOMPARE(read.data.classRows.value(u"T7"_s), m_document->data().classRows.value(u"T7"_s));

    // Without the key a file reads as before: no fund recorded, 科目 filed as their tables say.
    const QByteArray old = BundledSamples::forTemplate(u"hubei-2024"_s);
    QVERIFY(!old.contains("rowFunds"));
    const Interchange::ReadResult before = Interchange::read(old, TestSupport::library());
    QVERIFY(before.ok());
    QVERIFY(before.data.rowFunds.isEmpty());
}

void TestClassRowFunds::badInterchangeFundIsRefused()
{
    QByteArray json = Interchange::write(*m_document);
    json.replace("\"rows\":", "\"rowFunds\": { \"2010601\": \"lottery\", \"2999999\": \"fund\" },\n    \"rows\":");
    const Interchange::ReadResult read = Interchange::read(json, TestSupport::library());
    QCOMPARE(read.errors.size(), 2);
    QVERIFY2(read.errors.at(0).startsWith(u"$.rowFunds[\"2010601\"]: "_s) && read.errors.at(0).contains(u"gpb, fund, soe"_s),
             qPrintable(read.errors.at(0)));
    QVERIFY2(read.errors.at(1).startsWith(u"$.rowFunds[\"2999999\"]: "_s), qPrintable(read.errors.at(1)));
}

void TestClassRowFunds::rollForwardKeepsTheFund()
{
    QVERIFY(m_document->push(new AddClassRows(m_document, u"T3"_s, u"2010301"_s, u"fund"_s)));
    QVERIFY(m_document->push(new AddClassRows(m_document, u"T3"_s, u"2010302"_s, u"fund"_s)));
    QString error;
    auto rules = RollForwardRules::forTemplate(m_document->reportTemplate(), &error);
    QVERIFY2(rules, qPrintable(error));
    QVERIFY(rules->readCodeMap(R"({ "codes": { "2010302": "2010350" } })", &error));
    const RollForward::Result result = RollForward::run(*m_document, m_document->reportTemplate(), 2025, *rules);
    QCOMPARE(result.data.rowFunds.value(u"2010301"_s), u"fund"_s);
    QCOMPARE(result.data.rowFunds.value(u"2010350"_s), u"fund"_s);
    QVERIFY(!result.data.rowFunds.contains(u"2010302"_s));
    QVERIFY(result.data.classRows.value(u"T7"_s).contains(u"2010350"_s));
}

QTEST_MAIN(TestClassRowFunds)
#include "tst_classrowfunds.moc"
