#include "audit/auditengine.h"
#include "document/document.h"
#include "interchange/interchange.h"
#include "models/tableformmodel.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "testsupport.h"

#include <QBrush>
#include <QUndoStack>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Unknown is not zero: a blank last-year or budget figure stays unknown through the
// recalculation, the interchange file, the table model, the narrative and the audit.
class TestUnknownFigures : public QObject
{
    Q_OBJECT

private slots:
    void blankPriorFigureIsUnknownAndSoIsWhatItFeeds();
    void typedZeroIsKnown();
    void blankCurrentYearFigureIsStillZero();
    void nullInInterchangeIsUnknown();
    void tableModelShowsUnknownApartFromZero();
    void narrativeLeavesOutTheComparison();
    void auditAsksForTheFigure();
    void textAuditComparesNothingWithAnUnknown();
};

namespace {

const CellRef priorTotal { u"PRIOR"_s, u"total"_s, u"amount"_s };
const CellRef priorSangong { u"PRIOR"_s, u"sgTotal"_s, u"amount"_s };
const CellRef priorAbroad { u"PRIOR"_s, u"sgAbroad"_s, u"amount"_s };

QString narrativeOf(const Document &document)
{
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(document.reportTemplate(), &error);
    if (!wording)
        qFatal("%s", qPrintable(error));
    return NarrativeGenerator::generate(*wording, document).toPlainText();
}

} // namespace

void TestUnknownFigures::blankPriorFigureIsUnknownAndSoIsWhatItFeeds()
{
    auto document = TestSupport::sampleDocument();
    QVERIFY(document->isKnown(priorTotal));
    QVERIFY(document->isKnown(priorSangong));
    document->setCellInputs({ { priorAbroad, std::nullopt } });
    QVERIFY(!document->isKnown(priorAbroad));
    QVERIFY(!document->isKnown(priorSangong)); // 三公合计 = 出国 + 公车 + 接待
    const CellRef priorCar { u"PRIOR"_s, u"sgCar"_s, u"amount"_s };
    const CellRef priorReception { u"PRIOR"_s, u"sgRecv"_s, u"amount"_s };
    // The sum of what is known is kept, but never shown as the total.
    QCOMPARE(document->value(priorSangong), document->value(priorCar) + document->value(priorReception));
    QVERIFY(document->isKnown(priorCar));
}

void TestUnknownFigures::typedZeroIsKnown()
{
    auto document = TestSupport::sampleDocument();
    document->setCellInputs({ { priorAbroad, std::nullopt } });
    QVERIFY(!document->isKnown(priorSangong));
    document->setCellInputs({ { priorAbroad, 0 } });
    QVERIFY(document->isKnown(priorAbroad));
    QVERIFY(document->isKnown(priorSangong));
    QCOMPARE(document->money(priorSangong).format(MoneyUnit::Wanyuan, 2, false), u"5.28"_s);
}

void TestUnknownFigures::blankCurrentYearFigureIsStillZero()
{
    auto document = TestSupport::sampleDocument();
    const CellRef other { u"T2"_s, u"2010601"_s, u"other"_s };
    document->setCellInputs({ { other, std::nullopt } });
    QVERIFY(document->isKnown(other));
    QVERIFY(document->isKnown(CellRef { u"T1"_s, u"I_TOT"_s, u"amount"_s }));
    QCOMPARE(document->value(CellRef { u"T1"_s, u"I8"_s, u"amount"_s }), 0);
}

void TestUnknownFigures::nullInInterchangeIsUnknown()
{
    auto document = TestSupport::sampleDocument();
    QJsonObject root = QJsonDocument::fromJson(Interchange::write(*document)).object();
    QJsonObject cells = root.value(u"cells"_s).toObject();
    QJsonObject prior = cells.value(u"PRIOR"_s).toObject();
    prior.insert(u"total"_s, QJsonObject { { u"amount"_s, QJsonValue::Null } });
    prior.remove(u"sgAbroad"_s);
    cells.insert(u"PRIOR"_s, prior);
    root.insert(u"cells"_s, cells);
    root.remove(u"derived"_s);
    const Interchange::ReadResult result = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QString error;
    const auto reread = Document::create(result.reportTemplate, result.data, &error);
    QVERIFY(!reread->isKnown(priorTotal));
    QVERIFY(!reread->isKnown(priorAbroad));
    QVERIFY(reread->isKnown(CellRef { u"PRIOR"_s, u"income"_s, u"amount"_s }));
    // Written back, an unknown figure is absent, not "0.00".
    const QJsonObject written = QJsonDocument::fromJson(Interchange::write(*reread)).object();
    QVERIFY(!written[u"cells"_s][u"PRIOR"_s].toObject().contains(u"total"_s));
}

void TestUnknownFigures::tableModelShowsUnknownApartFromZero()
{
    auto document = TestSupport::sampleDocument();
    TableFormModel model(u"PRIOR"_s);
    model.setDocument(document.get());
    const QModelIndex total = model.indexOf(priorTotal);
    const QModelIndex sangong = model.indexOf(priorSangong);
    QVERIFY(total.isValid() && sangong.isValid());
    QCOMPARE(total.data().toString(), u"4,399.98"_s);
    QVERIFY(total.data(TableFormModel::IsKnownRole).toBool());

    QVERIFY(model.setData(model.indexOf(priorAbroad), QString()));
    QVERIFY(!sangong.data(TableFormModel::IsKnownRole).toBool());
    QCOMPARE(sangong.data().toString(), QString());
    QVERIFY(sangong.data(Qt::ToolTipRole).toString().startsWith(u"Unknown"_s));
    QVERIFY(sangong.data(Qt::BackgroundRole).value<QBrush>() != model.indexOf(priorTotal).data(Qt::BackgroundRole).value<QBrush>());

    QVERIFY(model.setData(model.indexOf(priorAbroad), u"0"_s));
    QCOMPARE(model.indexOf(priorAbroad).data().toString(), u"0.00"_s);
    QVERIFY(sangong.data(TableFormModel::IsKnownRole).toBool());
    QCOMPARE(sangong.data().toString(), u"5.28"_s);
    document->undoStack()->undo(); // each committed edit is one step: first back to unknown,
    QCOMPARE(sangong.data().toString(), QString());
    document->undoStack()->undo(); // then back to 2.40
    QCOMPARE(sangong.data().toString(), u"7.68"_s);
}

void TestUnknownFigures::narrativeLeavesOutTheComparison()
{
    auto document = TestSupport::sampleDocument();
    QVERIFY(narrativeOf(*document).contains(u"与2023年度相比，收、支总计各减少282.51万元"_s));
    document->setCellInputs({ { priorTotal, std::nullopt } });
    const QString text = narrativeOf(*document);
    QVERIFY(text.contains(u"2024年度收、支总计均为4117.47万元。"_s));
    QVERIFY(!text.contains(u"与2023年度相比，收、支总计各"_s));
    QVERIFY(text.contains(u"与2023年度相比，财政拨款收、支总计各减少282.51万元"_s)); // its last year is known
}

void TestUnknownFigures::auditAsksForTheFigure()
{
    // The sample does not know 2023's 机关运行经费 (the seed does not state it).
    auto document = TestSupport::sampleDocument();
    const CellRef priorOperations { u"PRIOR"_s, u"operations"_s, u"amount"_s };
    QString error;
    const auto engine = AuditEngine::forTemplate(document->reportTemplate(), &error);
    QVERIFY2(engine, qPrintable(error));
    const auto operationsChange = [&] {
        const QList<Finding> findings = engine->auditTables(*document);
        const auto found = std::find_if(findings.cbegin(), findings.cend(),
                                        [](const Finding &f) { return f.ruleId == u"Y-05"_s; });
        return found == findings.cend() ? Finding() : *found;
    };
    const Finding asked = operationsChange();
    QCOMPARE(asked.kind, u"missingFigure"_s);
    QCOMPARE(asked.severity, Severity::Warning);
    QVERIFY2(asked.message.contains(u"“上年决算数：机关运行经费”未填写"_s), qPrintable(asked.message));
    QVERIFY(!asked.message.contains(u"%"_s));
    QCOMPARE(asked.locations.constFirst(), FindingLocation::atCell(priorOperations));
    document->setCellInputs({ { priorOperations, 5000000 } }); // 5.00 万元: 90.89 is far more
    QCOMPARE(operationsChange().kind, u"change"_s);
    document->setCellInputs({ { priorOperations, std::nullopt } });
    QCOMPARE(operationsChange().kind, u"missingFigure"_s);
}

void TestUnknownFigures::textAuditComparesNothingWithAnUnknown()
{
    auto document = TestSupport::sampleDocument();
    QString error;
    const auto engine = AuditEngine::forTemplate(document->reportTemplate(), &error);
    QVERIFY2(engine, qPrintable(error));
    const QString text = u"与 2023 年度相比，收、支总计各减少 282.50 万元。"_s;
    QCOMPARE(engine->auditText(*document, text, u"一"_s).size(), 1); // 282.51, not 282.50
    document->setCellInputs({ { priorTotal, std::nullopt } });
    QVERIFY(engine->auditText(*document, text, u"一"_s).isEmpty());
}

QTEST_MAIN(TestUnknownFigures)
#include "tst_unknownfigures.moc"
