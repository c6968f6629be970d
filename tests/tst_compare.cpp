#include "compare/comparisonreport.h"
#include "compare/documentcomparison.h"
#include "compare/textdiff.h"
#include "document/document.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(QList<DiffSegment>)

namespace {

using Kind = DiffSegment::Kind;

const CellRef basic2010601 { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };
const CellRef operations { QStringLiteral("OPERATIONS"), QStringLiteral("amount"), QStringLiteral("amount") };
const CellRef goods { QStringLiteral("PROCUREMENT"), QStringLiteral("goods"), QStringLiteral("amount") };

QSet<CellRef> inputRefs(const DocumentComparison &comparison)
{
    QSet<CellRef> refs;
    for (const DocumentComparison::TableChanges &table : comparison.tables) {
        for (const DocumentComparison::CellChange &change : table.inputs)
            refs.insert(change.ref);
    }
    return refs;
}

const DocumentComparison::CellChange *derived(const DocumentComparison &comparison, const CellRef &ref)
{
    for (const DocumentComparison::TableChanges &table : comparison.tables) {
        for (const DocumentComparison::CellChange &change : table.derived) {
            if (change.ref == ref)
                return &change;
        }
    }
    return nullptr;
}

} // namespace

// Comparing two documents: exactly the inputs that changed, the derived figures that followed,
// and a blackline of the narrative that marks changed figures whole.
class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void blackline_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<DiffSegment>>("expected");
        QTest::newRow("same") << QStringLiteral("收入合计4116.42万元。") << QStringLiteral("收入合计4116.42万元。")
                              << QList<DiffSegment> { { Kind::Equal, QStringLiteral("收入合计4116.42万元。") } };
        QTest::newRow("figure changed")
                << QStringLiteral("收入4116.42万元，增长6.42%。") << QStringLiteral("收入4117.42万元，增长6.42%。")
                << QList<DiffSegment> { { Kind::Equal, QStringLiteral("收入") },
                                        { Kind::Removed, QStringLiteral("4116.42") },
                                        { Kind::Added, QStringLiteral("4117.42") },
                                        { Kind::Equal, QStringLiteral("万元，增长6.42%。") } };
        QTest::newRow("word changed")
                << QStringLiteral("主要原因是项目支出减少。") << QStringLiteral("主要原因是人员支出增加。")
                << QList<DiffSegment> { { Kind::Equal, QStringLiteral("主要原因是") },
                                        { Kind::Removed, QStringLiteral("项目") },
                                        { Kind::Added, QStringLiteral("人员") },
                                        { Kind::Equal, QStringLiteral("支出") },
                                        { Kind::Removed, QStringLiteral("减少") },
                                        { Kind::Added, QStringLiteral("增加") },
                                        { Kind::Equal, QStringLiteral("。") } };
        QTest::newRow("clause added") << QStringLiteral("甲。") << QStringLiteral("甲。乙。")
                                      << QList<DiffSegment> { { Kind::Equal, QStringLiteral("甲。") }, { Kind::Added, QStringLiteral("乙。") } };
        QTest::newRow("all removed") << QStringLiteral("旧") << QString()
                                     << QList<DiffSegment> { { Kind::Removed, QStringLiteral("旧") } };
    }

    void blackline()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<DiffSegment>, expected);
        QCOMPARE(TextDiff::diff(before, after), expected);
    }

    void sameDocumentHasNoDifferences()
    {
        auto a = TestSupport::sampleDocument();
        auto b = TestSupport::sampleDocument();
        const DocumentComparison comparison = DocumentComparison::compare(*a, *b);
        QVERIFY(comparison.isEmpty());
        QVERIFY(ComparisonReport::toText(comparison).contains(QStringLiteral("No differences")));
    }

    void listsExactlyTheCraftedChanges()
    {
        auto a = TestSupport::sampleDocument();
        auto b = TestSupport::sampleDocument();
        // 行政运行 基本支出 556.63 → 557.63, 机关运行经费 90.89 → 95.00, 政府采购货物 cleared.
        b->setCellInputs({ { basic2010601, 557'630'000 }, { operations, 95'000'000 }, { goods, std::nullopt } });
        const DocumentComparison comparison = DocumentComparison::compare(*a, *b);
        QCOMPARE(inputRefs(comparison), (QSet<CellRef> { basic2010601, operations, goods }));

        const auto *total = derived(comparison, { QStringLiteral("T5"), QStringLiteral("total"), QStringLiteral("total") });
        QVERIFY(total);
        QCOMPARE(*total->before, 4'116'420'000);
        QCOMPARE(*total->after, 4'117'420'000);
        QVERIFY(derived(comparison, { QStringLiteral("T4"), QStringLiteral("E_SUM"), QStringLiteral("gpb") }));
        QVERIFY(!derived(comparison, { QStringLiteral("T1"), QStringLiteral("E_SUM"), QStringLiteral("amount") })); // from T3, unchanged
        QVERIFY(derived(comparison, { QStringLiteral("PROCUREMENT"), QStringLiteral("total"), QStringLiteral("amount") }));
        QVERIFY(!derived(comparison, { QStringLiteral("T2"), QStringLiteral("total"), QStringLiteral("total") }));

        QVERIFY(comparison.narrativeChanged());
        QVERIFY(comparison.narrative.contains(DiffSegment { Kind::Removed, QStringLiteral("556.63") }));
        QVERIFY(comparison.narrative.contains(DiffSegment { Kind::Added, QStringLiteral("557.63") }));
        QVERIFY(comparison.narrative.contains(DiffSegment { Kind::Removed, QStringLiteral("90.89") }));

        const QString text = ComparisonReport::toText(comparison);
        QVERIFY(text.contains(QStringLiteral("T5.2010601.basic\t2010601 行政运行\t本年支出/基本支出\t556.63 → 557.63")));
        QVERIFY(text.contains(QStringLiteral("[-556.63-]{+557.63+}")));

        const QJsonObject json = QJsonDocument::fromJson(ComparisonReport::toJson(comparison)).object();
        int inputs = 0;
        for (const QJsonValue &table : json.value(QStringLiteral("tables")).toArray())
            inputs += int(table.toObject().value(QStringLiteral("inputs")).toArray().size());
        QCOMPARE(inputs, 3);
        const QJsonObject first = json.value(QStringLiteral("tables")).toArray().first().toObject();
        QVERIFY(first.contains(QStringLiteral("derived")));
        QVERIFY(json.value(QStringLiteral("narrative")).toArray().size() > 3);

        const QString html = ComparisonReport::toHtml(comparison);
        QVERIFY(html.contains(QStringLiteral("line-through\">556.63</span>")));
    }

    void aRowOnlyOneDocumentHas()
    {
        auto a = TestSupport::sampleDocument();
        auto b = TestSupport::sampleDocument();
        const CellRef added { QStringLiteral("T5"), QStringLiteral("2010350"), QStringLiteral("basic") };
        b->addClassRow(QStringLiteral("T5"), QStringLiteral("2010350"), { { added, 1'000'000 } });
        const DocumentComparison comparison = DocumentComparison::compare(*a, *b);
        QCOMPARE(inputRefs(comparison), QSet<CellRef> { added });
        const auto *parent = derived(comparison, { QStringLiteral("T5"), QStringLiteral("20103"), QStringLiteral("basic") });
        QVERIFY(parent);
        QVERIFY(!parent->before); // the 款 row did not exist before
        QCOMPARE(*parent->after, 1'000'000);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
