#include "commands/changedepartment.h"
#include "editor/departmenteditor.h"
#include "document/document.h"
#include "interchange/interchange.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"
#include "store/documentstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QUndoStack>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A department's units with their kinds (行政/参公/事业, 并入本级): as typed in the department
// editor, in interchange JSON, in the document file, and from files of the older format.
class TestBudgetUnits : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void badLinesAreRefused_data();
    void badLinesAreRefused();
    void kindOfTheDepartmentIsItsOwnUnits();
    void interchangeKeepsKinds();
    void interchangeAcceptsPlainNames();
    void interchangeNamesBadKinds();
    void fileKeepsKinds();
    void olderFileIsUpgraded();
    void fileWithABadKindIsRefused();
    void departmentEditorReadsUnitLines();
};

void TestBudgetUnits::lines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("merged");
    QTest::newRow("name only") << u"上海市XX局（本级）"_s << u"上海市XX局（本级）"_s << int(UnitKind::Administrative) << false;
    QTest::newRow("with kind") << u"上海市XX中心，事业"_s << u"上海市XX中心"_s << int(UnitKind::Institution) << false;
    QTest::newRow("merged") << u"上海市XX研究所，事业，并入本级"_s << u"上海市XX研究所"_s << int(UnitKind::Institution) << true;
    QTest::newRow("ascii comma and spaces") << u" 执法总队 , 参公 "_s << u"执法总队"_s << int(UnitKind::CivilServiceManaged) << false;
}

void TestBudgetUnits::lines()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(bool, merged);
    QString error;
    const auto unit = BudgetUnit::fromLine(line, &error);
    QVERIFY2(unit, qPrintable(error));
    QCOMPARE(unit->name, name);
    QCOMPARE(int(unit->kind), kind);
    QCOMPARE(unit->merged, merged);
    QCOMPARE(BudgetUnit::fromLine(unit->toLine(), &error), unit); // the editor shows what it reads
}

void TestBudgetUnits::badLinesAreRefused_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << u"上海市XX中心，企业"_s << u"企业"_s;
    QTest::newRow("no name") << u"，事业"_s << u"name"_s;
}

void TestBudgetUnits::badLinesAreRefused()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!BudgetUnit::fromLine(line, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestBudgetUnits::kindOfTheDepartmentIsItsOwnUnits()
{
    DepartmentInfo department;
    department.name = u"上海市XX局"_s;
    QCOMPARE(department.kind(), UnitKind::Administrative);
    QVERIFY(department.hasOperationsUnits());
    department.setKind(UnitKind::Institution);
    QCOMPARE(department.units.size(), 1);
    QCOMPARE(department.units.constFirst().name, u"上海市XX局（本级）"_s);
    QVERIFY(!department.hasOperationsUnits()); // 机关运行经费 is 行政 and 参公 units' only
    department.units.append({ u"执法总队"_s, UnitKind::CivilServiceManaged, false });
    QVERIFY(department.hasOperationsUnits());
    QCOMPARE(department.kind(), UnitKind::Institution);
}

void TestBudgetUnits::interchangeKeepsKinds()
{
    const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    const QByteArray json = Interchange::write(*sample);
    const QJsonArray units = QJsonDocument::fromJson(json)[u"department"_s][u"units"_s].toArray();
    QCOMPARE(units.size(), 3);
    QCOMPARE(units.at(1).toObject(), (QJsonObject { { u"name"_s, u"上海市城市数字化服务中心"_s }, { u"kind"_s, u"事业"_s } }));
    QCOMPARE(units.at(2)[u"merged"_s].toBool(), true);
    const Interchange::ReadResult reread = Interchange::read(json, TestSupport::library());
    QVERIFY2(reread.ok(), qPrintable(reread.errors.join(u'\n')));
    QCOMPARE(reread.data.department, sample->data().department);
}

void TestBudgetUnits::interchangeAcceptsPlainNames()
{
    // Files written before units had kinds: names only, all of the department's kind.
    const auto sample = TestSupport::sampleDocument();
    QJsonObject root = QJsonDocument::fromJson(Interchange::write(*sample)).object();
    QJsonObject department = root[u"department"_s].toObject();
    department[u"kind"_s] = u"参公"_s;
    department[u"units"_s] = QJsonArray { u"咸宁市某局（本级）"_s, u"某中心"_s };
    root[u"department"_s] = department;
    root.remove(u"derived"_s);
    const Interchange::ReadResult result = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.data.department.units.size(), 2);
    QCOMPARE(result.data.department.units.at(1).kind, UnitKind::CivilServiceManaged);
    QCOMPARE(result.data.department.kind(), UnitKind::CivilServiceManaged);
}

void TestBudgetUnits::interchangeNamesBadKinds()
{
    const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    QJsonObject root = QJsonDocument::fromJson(Interchange::write(*sample)).object();
    QJsonObject department = root[u"department"_s].toObject();
    QJsonArray units = department[u"units"_s].toArray();
    units[1] = QJsonObject { { u"name"_s, u"某中心"_s }, { u"kind"_s, u"企业"_s } };
    units[2] = QJsonObject { { u"name"_s, u"某所"_s }, { u"kind"_s, u"事业"_s }, { u"merged"_s, u"是"_s } };
    department[u"units"_s] = units;
    root[u"department"_s] = department;
    root.remove(u"derived"_s);
    const Interchange::ReadResult result = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QCOMPARE(result.errors.size(), 2);
    QVERIFY2(result.errors.at(0).startsWith(u"$.department.units[1].kind: must be 行政, 参公 or 事业"_s), qPrintable(result.errors.at(0)));
    QVERIFY2(result.errors.at(1).startsWith(u"$.department.units[2].merged: "_s), qPrintable(result.errors.at(1)));
}

void TestBudgetUnits::fileKeepsKinds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"units.fadb"_s);
    const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    {
        auto created = DocumentFile::create(path, TestSupport::library().find(u"shanghai-2024"_s), sample->data(), false,
                                            TestSupport::library());
        QVERIFY2(created.document, qPrintable(created.message));
        DepartmentInfo department = created.document->data().department;
        department.units[1].kind = UnitKind::CivilServiceManaged;
        created.document->push(new ChangeDepartment(created.document.get(), department));
    }
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(opened.document, qPrintable(opened.message));
    const QList<BudgetUnit> &units = opened.document->data().department.units;
    QCOMPARE(units.size(), 3);
    QCOMPARE(units.at(0).kind, UnitKind::Administrative);
    QCOMPARE(units.at(1).kind, UnitKind::CivilServiceManaged);
    QCOMPARE(units.at(2), (BudgetUnit { u"上海市城市数字化研究所"_s, UnitKind::Institution, true }));
}

void TestBudgetUnits::fileWithABadKindIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.fadb"_s);
    {
        const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
        const auto created = DocumentFile::create(path, TestSupport::library().find(u"shanghai-2024"_s),
                                                  sample->data(), false, TestSupport::library());
        QVERIFY2(created.document, qPrintable(created.message));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bad"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE unit SET kind = '企业' WHERE position = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bad"_s);
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY(!opened.document);
    QVERIFY2(opened.message.contains(u"企业"_s), qPrintable(opened.message));
}

void TestBudgetUnits::olderFileIsUpgraded()
{
    // A file of schema version 1: one kind for the department in meta, units as names.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.fadb"_s);
    const QString error = TestSupport::runSql(path, TestSupport::version1Schema() + QStringList {
        u"INSERT INTO meta VALUES ('template', 'hubei-2024'), ('department.name', '某局'),"
        " ('department.code', ''), ('department.kind', '参公'), ('department.year', '2024')"_s,
        u"INSERT INTO unit VALUES (0, '某局（本级）'), (1, '某中心')"_s });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(opened.document, qPrintable(opened.message));
    const QList<BudgetUnit> &units = opened.document->data().department.units;
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(0), (BudgetUnit { u"某局（本级）"_s, UnitKind::CivilServiceManaged, false }));
    QCOMPARE(units.at(1).kind, UnitKind::CivilServiceManaged);
}

namespace {

// Types `text` one character at a time; QTest::keyClicks takes only Latin-1.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const Qt::Key key = c == u'\n' ? Qt::Key_Return : Qt::Key_unknown;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace

void TestBudgetUnits::departmentEditorReadsUnitLines()
{
    auto document = TestSupport::sampleDocument(u"shanghai-2024"_s);
    DepartmentEditor editor(document.get());
    editor.show();
    QPlainTextEdit *units = editor.unitsEdit();
    QCOMPARE(units->toPlainText(), u"上海市城市数字化服务局（本级），行政\n上海市城市数字化服务中心，事业\n"
                                   u"上海市城市数字化研究所，事业，并入本级"_s);
    units->setFocus();
    units->moveCursor(QTextCursor::End);
    type(units, u"\n执法总队，企业"_s);
    // A line that cannot be read is named; the document keeps the last reading of it.
    QVERIFY2(editor.unitsMessage().startsWith(u"Line 4: "_s) || editor.unitsMessage().startsWith(u"第 4 行"_s),
             qPrintable(editor.unitsMessage()));
    QVERIFY(editor.unitsMessage().contains(u"企业"_s));
    QCOMPARE(document->data().department.units.size(), 4);
    QCOMPARE(document->data().department.units.at(3), (BudgetUnit { u"执法总队"_s, UnitKind::Administrative, false }));
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(units, Qt::Key_Backspace);
    type(units, u"参公"_s);
    QVERIFY(editor.unitsMessage().isEmpty());
    QCOMPARE(document->data().department.units.size(), 4);
    QCOMPARE(document->data().department.units.at(3), (BudgetUnit { u"执法总队"_s, UnitKind::CivilServiceManaged, false }));
    document->undoStack()->undo(); // the typing merged into one step
    QCOMPARE(document->data().department.units.size(), 3);
    QCOMPARE(units->toPlainText().count(u'\n'), 2);
}

QTEST_MAIN(TestBudgetUnits)
#include "tst_budgetunits.moc"
