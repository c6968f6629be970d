#include "profile/codebook.h"
#include "document/document.h"
#include "document/recalculator.h"
#include "profile/reporttemplate.h"
#include "document/sheetlayout.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <limits>

using namespace Qt::StringLiterals;

// Every kind of formula a template can state, and recalculation that touches only what
// depends on an edit.
class TestRecalculator : public QObject
{
    Q_OBJECT

private slots:
    void columnFormula();
    void rowFormula();
    void crossTableCellFormula();
    void hierarchySums();
    void economicClassSums();
    void totalRowSumsClasses();
    void unusedClassificationRowCountsZero();
    void incrementalReportsExactlyTheChangedCells();
    void incrementalMatchesFullRecalculation();
    void sumBeyondTheRangeIsOutOfRange();
    void qint64OverflowIsOutOfRangeNotWrapped();
    void cycleIsATemplateError();
    void unknownReferenceIsATemplateError();

private:
    static std::shared_ptr<const ReportTemplate> tinyTemplate(const QByteArray &tablesJson, QString *error);
};

namespace {

qint64 wan(const char *text)
{
    return parseMoney(QString::fromLatin1(text), { MoneyUnit::Wanyuan, true, false }).value.fen();
}

void enter(Document &document, const CellRef &ref, const char *text)
{
    QString error;
    QVERIFY2(document.enterCell(ref, QString::fromLatin1(text), MoneyUnit::Wanyuan, &error), qPrintable(error));
}

} // namespace

std::shared_ptr<const ReportTemplate> TestRecalculator::tinyTemplate(const QByteArray &tablesJson, QString *error)
{
    const QByteArray book = R"({"id": "f", "title": "f", "kind": "functional", "entries": [
        {"code": "201", "name": "一般公共服务支出"}, {"code": "20101", "name": "人大事务"},
        {"code": "2010101", "name": "行政运行"}]})";
    const QHash<QString, std::shared_ptr<const CodeBook>> books {
        { u"f"_s, CodeBook::fromJson(QJsonDocument::fromJson(book).object(), error) }
    };
    const QByteArray json = R"({"id": "tiny", "codebooks": {"functional": "f", "economic": "f"}, "classes": ["201"], "tables": )"
            + tablesJson + "}";
    // A profile of one tables.json, held in memory.
    ProfilePackage package;
    package.id = u"tiny"_s;
    package.parts.insert(u"tables"_s, QJsonDocument::fromJson(json).object());
    // Every profile grades its self-evaluations; a base package would lend these.
    package.parts.insert(u"grades"_s, QJsonDocument::fromJson(R"({"bands": [{"id": "all", "grade": "合格", "from": 0}]})").object());
    QList<ProfileIssue> issues;
    auto reportTemplate = ReportTemplate::fromProfile(ProfileChain({ &package }), books, &issues);
    if (!issues.isEmpty())
        *error = issues.constFirst().message;
    return reportTemplate;
}

void TestRecalculator::columnFormula()
{
    auto document = TestSupport::sampleDocument();
    enter(*document, { u"T5"_s, u"2010601"_s, u"project"_s }, "10.5");
    QCOMPARE(document->value({ u"T5"_s, u"2010601"_s, u"total"_s }), wan("567.13"));
}

void TestRecalculator::rowFormula()
{
    auto document = TestSupport::sampleDocument();
    enter(*document, { u"T1"_s, u"I_BOY"_s, u"amount"_s }, "100");
    QCOMPARE(document->value({ u"T1"_s, u"I_TOT"_s, u"amount"_s }), wan("4217.47"));
    QCOMPARE(document->value({ u"T1"_s, u"E_EOY"_s, u"amount"_s }), wan("100"));
    QCOMPARE(document->value({ u"T1"_s, u"E_TOT"_s, u"amount"_s }), wan("4217.47"));
}

void TestRecalculator::crossTableCellFormula()
{
    auto document = TestSupport::sampleDocument();
    // T5 → T4 (GPB column of the 类 row) → T4 totals; T3 → T1 (expenditure 类 row).
    enter(*document, { u"T5"_s, u"2210201"_s, u"basic"_s }, "70");
    QCOMPARE(document->value({ u"T4"_s, u"221"_s, u"gpb"_s }), wan("70"));
    QCOMPARE(document->value({ u"T4"_s, u"E_SUM"_s, u"total"_s }), wan("4123.02"));
    QCOMPARE(document->value({ u"T4"_s, u"E_EOY"_s, u"gpb"_s }), wan("-6.6"));
    enter(*document, { u"T3"_s, u"2210201"_s, u"basic"_s }, "70");
    QCOMPARE(document->value({ u"T1"_s, u"221"_s, u"amount"_s }), wan("70"));
    QCOMPARE(document->value({ u"T1"_s, u"E_SUM"_s, u"amount"_s }), wan("4124.07"));
}

void TestRecalculator::hierarchySums()
{
    auto document = TestSupport::sampleDocument();
    QCOMPARE(document->value({ u"T5"_s, u"20805"_s, u"basic"_s }), wan("72.59"));
    QCOMPARE(document->value({ u"T5"_s, u"208"_s, u"basic"_s }), wan("72.59"));
    QCOMPARE(document->value({ u"T5"_s, u"208"_s, u"project"_s }), wan("13.01"));
    QCOMPARE(document->value({ u"T5"_s, u"208"_s, u"budget"_s }), wan("77"));
    QVERIFY(!document->layout().isInput({ u"T5"_s, u"20805"_s, u"basic"_s }));
    QVERIFY(document->layout().isInput({ u"T5"_s, u"2080505"_s, u"basic"_s }));
}

void TestRecalculator::economicClassSums()
{
    auto document = TestSupport::sampleDocument();
    QCOMPARE(document->value({ u"T6"_s, u"301"_s, u"amount"_s }), wan("600.03"));
    QCOMPARE(document->value({ u"T6"_s, u"P_TOTAL"_s, u"amount"_s }), wan("612.03"));
    QCOMPARE(document->value({ u"T6"_s, u"C_TOTAL"_s, u"amount"_s }), wan("90.89"));
    QVERIFY(!document->layout().isInput({ u"T6"_s, u"302"_s, u"amount"_s }));
}

void TestRecalculator::totalRowSumsClasses()
{
    auto document = TestSupport::sampleDocument();
    QCOMPARE(document->value({ u"T5"_s, u"total"_s, u"total"_s }), wan("4116.42"));
    QCOMPARE(document->value({ u"T5"_s, u"total"_s, u"basic"_s }), wan("702.92"));
    QCOMPARE(document->value({ u"T5"_s, u"total"_s, u"project"_s }), wan("3413.5"));
    QCOMPARE(document->value({ u"T5"_s, u"total"_s, u"budget"_s }), wan("4382.96"));
}

void TestRecalculator::unusedClassificationRowCountsZero()
{
    auto document = TestSupport::sampleDocument();
    // T1's 类 row 205 reads T3's 205 row, which the sample does not use.
    QCOMPARE(document->value({ u"T1"_s, u"205"_s, u"amount"_s }), qint64(0));
    QCOMPARE(document->value({ u"T4"_s, u"205"_s, u"total"_s }), qint64(0));
}

void TestRecalculator::incrementalReportsExactlyTheChangedCells()
{
    auto document = TestSupport::sampleDocument();
    QSignalSpy spy(document.get(), &Document::cellsChanged);
    enter(*document, { u"T9"_s, u"main"_s, u"a_recv"_s }, "0.5");
    QCOMPARE(spy.count(), 1);
    const auto changed = spy.at(0).at(0).value<QList<CellRef>>();
    const QSet<CellRef> expected { { u"T9"_s, u"main"_s, u"a_recv"_s }, { u"T9"_s, u"main"_s, u"a_total"_s } };
    QCOMPARE(QSet<CellRef>(changed.cbegin(), changed.cend()), expected);
}

void TestRecalculator::incrementalMatchesFullRecalculation()
{
    auto document = TestSupport::sampleDocument();
    enter(*document, { u"T2"_s, u"2101102"_s, u"other"_s }, "3.3");
    enter(*document, { u"T6"_s, u"30201"_s, u"amount"_s }, "1");
    enter(*document, { u"T4"_s, u"BOY_GPB"_s, u"amount"_s }, "12");
    QString error;
    const Recalculator fresh(document->layout(), &error);
    QVERIFY(error.isEmpty());
    Recalculator full = fresh;
    full.loadInputs(document->data().cells);
    for (int i = 0; i < full.cellCount(); ++i)
        QCOMPARE(document->values().valueAt(document->values().indexOf(full.cellAt(i))), full.valueAt(i));
}

void TestRecalculator::sumBeyondTheRangeIsOutOfRange()
{
    auto document = TestSupport::sampleDocument();
    const CellRef basic { u"T5"_s, u"2010601"_s, u"basic"_s };
    const CellRef project { u"T5"_s, u"2010601"_s, u"project"_s };
    const CellRef total { u"T5"_s, u"2010601"_s, u"total"_s };
    const CellRef sectionTotal { u"T5"_s, u"20106"_s, u"total"_s };
    enter(*document, basic, "100000000"); // 10^12 元, the largest amount there is
    enter(*document, project, "0");
    QVERIFY(!document->isOutOfRange(total));
    QCOMPARE(document->value(total), Money::LimitFen);
    // The 款 adds the other 项 to the largest amount; the 类 and the table total read the 款.
    QVERIFY(document->isOutOfRange(sectionTotal));
    QVERIFY(document->isOutOfRange({ u"T5"_s, u"total"_s, u"total"_s }));
    QCOMPARE(document->value(sectionTotal), qint64(0));

    QSignalSpy spy(document.get(), &Document::cellsChanged);
    enter(*document, project, "0.000001");
    QVERIFY(document->isOutOfRange(total));
    QCOMPARE(document->value(total), qint64(0));
    QVERIFY(!document->isOutOfRange(basic));
    QCOMPARE(spy.count(), 1);
    const auto changed = spy.at(0).at(0).value<QList<CellRef>>();
    QVERIFY(changed.contains(total));
    QVERIFY(!changed.contains(sectionTotal)); // out of range before and after: nothing to repaint
    QVERIFY(document->values().outOfRangeCells().contains(document->values().indexOf(total)));

    document->undoStack()->undo();
    QVERIFY(!document->isOutOfRange(total));
    QCOMPARE(document->value(total), Money::LimitFen);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY(!document->isOutOfRange(sectionTotal));
    QVERIFY(document->values().outOfRangeCells().isEmpty());
    QCOMPARE(document->value(total), wan("556.63"));
}

void TestRecalculator::qint64OverflowIsOutOfRangeNotWrapped()
{
    // Values such as a damaged file could hold: each one beyond any amount.
    auto document = TestSupport::sampleDocument();
    const CellRef basic { u"T5"_s, u"2010601"_s, u"basic"_s };
    const CellRef project { u"T5"_s, u"2010601"_s, u"project"_s };
    const CellRef total { u"T5"_s, u"2010601"_s, u"total"_s };
    QString error;
    Recalculator values(document->layout(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<CellRef, qint64> inputs = document->data().cells;
    inputs.insert(basic, std::numeric_limits<qint64>::max());
    inputs.insert(project, std::numeric_limits<qint64>::max());
    values.loadInputs(inputs);
    QVERIFY(values.isOutOfRange(total));
    QCOMPARE(values.value(total), qint64(0));

    const int projectIndex = values.indexOf(project);
    values.applyInputs({ { projectIndex, std::numeric_limits<qint64>::min() } });
    QVERIFY(!values.isOutOfRange(total));
    QCOMPARE(values.value(total), qint64(-1));
}

void TestRecalculator::cycleIsATemplateError()
{
    QString error;
    const auto t = tinyTemplate(R"([{"id": "A", "title": "a", "blocks": [{"key": "m",
        "columns": [{"key": "x", "formula": "y"}, {"key": "y", "formula": "x"}], "rows": [{"key": "r"}]}]}])",
                                &error);
    QVERIFY2(t, qPrintable(error));
    const SheetLayout layout(*t, {});
    const Recalculator graph(layout, &error);
    QVERIFY(error.contains(u"cycle"_s));
    QCOMPARE(graph.cellCount(), 0);
}

void TestRecalculator::unknownReferenceIsATemplateError()
{
    QString error;
    const auto t = tinyTemplate(R"([{"id": "A", "title": "a", "blocks": [{"key": "m",
        "columns": [{"key": "x"}], "rows": [{"key": "r", "formulas": {"x": "B.r.x"}}]}]}])",
                                &error);
    QVERIFY2(t, qPrintable(error));
    const SheetLayout layout(*t, {});
    const Recalculator graph(layout, &error);
    QVERIFY2(error.contains(u"B.r.x"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRecalculator)
#include "tst_recalculator.moc"
