#include "commands/cellwording.h"
#include "commands/settext.h"
#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "editor/tableformeditor.h"
#include "editor/tableformview.h"
#include "history/historycompactor.h"
#include "history/historydock.h"
#include "history/historyrecorder.h"
#include "history/historyrestore.h"
#include "history/historytablemodel.h"
#include "interchange/interchange.h"
#include "models/tableformmodel.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The change history: recording with undo and redo, restore, compacting, the file and the
// interchange format, the view.
class TestHistory : public QObject {
    Q_OBJECT

private slots:
    void init();
    void editUndoAndRedoRecordThreeEntries();
    void textEditRecordsOldAndNewText();
    void restoreGivesThePastValueAsOneUndoStep();
    void restoreOfAGoneTextIsRefused();
    void historySurvivesReopening();
    void historySurvivesExportAndImport();
    void importChecksHistoryValues();
    void compactingKeepsEveryFigure();
    void compactingCollapsesOlderDetailPerCell();
    void damagedHistoryRowIsRefused_data();
    void damagedHistoryRowIsRefused();
    void modelFiltersByCellAndSection();
    void dockRestoresTheSelectedEntry();
    void cellMenuShowsTheCellsHistory();
    void commandLineListsAndCompacts();

private:
    DocumentFile::Opened openSample();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    const CellRef m_cell { u"T5"_s, u"2010601"_s, u"basic"_s };
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"sample.fadb"_s);
    QCOMPARE(TestSupport::writeSampleFile(m_path), QString());
}

DocumentFile::Opened TestHistory::openSample()
{
    DocumentFile::Opened opened = DocumentFile::open(m_path, TestSupport::library());
    if (opened.document)
        opened.document->history()->setUser(u"王会计"_s);
    return opened;
}

void TestHistory::editUndoAndRedoRecordThreeEntries()
{
    auto opened = openSample();
    QVERIFY2(opened.document, qPrintable(opened.message));
    Document &document = *opened.document;
    QVERIFY(document.data().history.isEmpty());
    const qint64 before = document.value(m_cell);
    QString error;
    QVERIFY(document.enterCell(m_cell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
    document.undoStack()->undo();
    document.undoStack()->redo();

    const QList<HistoryEntry> &history = document.data().history;
    QCOMPARE(history.size(), 3);
    const QString words = CellWording::cellName(document.layout(), m_cell);
    QVERIFY2(words.contains(u" · "_s), qPrintable(words));
    const HistoryEntry::Kind kinds[]
        = { HistoryEntry::Kind::Edit, HistoryEntry::Kind::Undo, HistoryEntry::Kind::Redo };
    const qint64 olds[] = { before, 600'500'000, before };
    const qint64 news[] = { 600'500'000, before, 600'500'000 };
    for (int i = 0; i < 3; ++i) {
        const HistoryEntry &entry = history.at(i);
        QCOMPARE(entry.id, qint64(i + 1));
        QCOMPARE(entry.kind, kinds[i]);
        QCOMPARE(entry.user, u"王会计"_s);
        QCOMPARE(entry.scope, HistoryEntry::Scope::Cell);
        QCOMPARE(entry.target, u"T5.2010601.basic"_s);
        QCOMPARE(entry.subject, words);
        QCOMPARE(entry.action, document.undoStack()->undoText());
        QCOMPARE(entry.oldValue, std::optional<qint64>(olds[i]));
        QCOMPARE(entry.newValue, std::optional<qint64>(news[i]));
        QCOMPARE(entry.at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }
}

void TestHistory::textEditRecordsOldAndNewText()
{
    auto opened = openSample();
    Document &document = *opened.document;
    const QString old = document.data().texts.value(u"part4"_s);
    document.push(new SetText(&document, u"part4"_s, u"本年无其他需要说明的情况。"_s));
    QCOMPARE(document.data().history.size(), 1);
    const HistoryEntry &entry = document.data().history.constFirst();
    QCOMPARE(entry.scope, HistoryEntry::Scope::Text);
    QCOMPARE(entry.target, u"part4"_s);
    QCOMPARE(entry.oldText, old);
    QCOMPARE(entry.newText, u"本年无其他需要说明的情况。"_s);
    QVERIFY(entry.subject != u"part4"_s); // the text's title, not its key
    QCOMPARE(entry.section(), u"part4"_s);
}

void TestHistory::restoreGivesThePastValueAsOneUndoStep()
{
    auto opened = openSample();
    Document &document = *opened.document;
    QString error;
    QVERIFY(document.enterCell(m_cell, u"100"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY(document.enterCell(m_cell, u"200"_s, MoneyUnit::Wanyuan, &error));
    const HistoryEntry second = document.data().history.at(1);
    QCOMPARE(second.oldValue, std::optional<qint64>(100'000'000));
    const int steps = document.undoStack()->count();

    QVERIFY(HistoryRestore::restoreOldValue(&document, second, &error));
    QCOMPARE(document.value(m_cell), qint64(100'000'000));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.data().history.size(), 3);
    const HistoryEntry restored = document.data().history.at(2);
    QCOMPARE(restored.kind, HistoryEntry::Kind::Edit);
    QCOMPARE(restored.oldValue, std::optional<qint64>(200'000'000));
    QCOMPARE(restored.newValue, std::optional<qint64>(100'000'000));

    document.undoStack()->undo();
    QCOMPARE(document.value(m_cell), qint64(200'000'000));
    QCOMPARE(document.data().history.size(), 4);
}

void TestHistory::restoreOfAGoneTextIsRefused()
{
    auto opened = openSample();
    HistoryEntry entry;
    entry.scope = HistoryEntry::Scope::Text;
    entry.target = u"no-such-text"_s;
    entry.subject = u"不存在的说明"_s;
    QString error;
    QVERIFY(!HistoryRestore::restoreOldValue(opened.document.get(), entry, &error));
    QVERIFY2(error.contains(u"不存在的说明"_s), qPrintable(error));
    entry.scope = HistoryEntry::Scope::Cell;
    entry.target = u"T5.total.total"_s; // a computed cell
    QVERIFY(!HistoryRestore::restoreOldValue(opened.document.get(), entry, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(opened.document->data().history.isEmpty());
}

void TestHistory::historySurvivesReopening()
{
    QList<HistoryEntry> written;
    {
        auto opened = openSample();
        QString error;
        QVERIFY(opened.document->enterCell(m_cell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
        opened.document->push(new SetText(opened.document.get(), u"part4"_s, u"无。"_s));
        opened.document->undoStack()->undo();
        written = opened.document->data().history;
        // Dropped without closing, as a crash would drop it.
    }
    QCOMPARE(written.size(), 3);
    const auto reopened = DocumentFile::open(m_path, TestSupport::library());
    QVERIFY2(reopened.document, qPrintable(reopened.message));
    QCOMPARE(reopened.document->data().history, written);
}

void TestHistory::historySurvivesExportAndImport()
{
    auto opened = openSample();
    Document &document = *opened.document;
    QString error;
    QVERIFY(document.enterCell(m_cell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY(document.enterCell(m_cell, QString(), MoneyUnit::Wanyuan, &error));
    document.push(new SetText(&document, u"part4"_s, u"无。"_s));
    const QByteArray json = Interchange::write(document);
    const QJsonArray section = QJsonDocument::fromJson(json).object().value(u"history"_s).toArray();
    QCOMPARE(section.size(), 3);
    QCOMPARE(section.at(0).toObject().value(u"new"_s).toString(), u"600.50"_s);
    QVERIFY(section.at(1).toObject().value(u"new"_s).isNull());

    const Interchange::ReadResult read = Interchange::read(json, TestSupport::library());
    QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
    QCOMPARE(read.data.history, document.data().history);
    const QString copy = m_dir->filePath(u"imported.fadb"_s);
    const auto created
        = DocumentFile::create(copy, read.reportTemplate, read.data, false, TestSupport::library());
    QVERIFY2(created.document, qPrintable(created.message));
    QCOMPARE(created.document->data().history, document.data().history);

    // Absent means no history.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(u"history"_s);
    const Interchange::ReadResult without
        = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QVERIFY(without.ok());
    QVERIFY(without.data.history.isEmpty());
}

void TestHistory::importChecksHistoryValues()
{
    const auto sample = TestSupport::sampleDocument();
    QJsonObject root = QJsonDocument::fromJson(Interchange::write(*sample)).object();
    const QJsonObject good { { u"id"_s, 1 }, { u"at"_s, u"2026-11-30T08:00:00.000Z"_s },
        { u"user"_s, u"王会计"_s }, { u"kind"_s, u"edit"_s }, { u"action"_s, u""_s },
        { u"scope"_s, u"cell"_s }, { u"target"_s, u"T5.2010601.basic"_s }, { u"subject"_s, u""_s },
        { u"old"_s, u"1.00"_s }, { u"new"_s, u"2.00"_s } };
    QJsonObject badKind = good;
    badKind.insert(u"kind"_s, u"rewrite"_s);
    QJsonObject badTime = good;
    badTime.insert(u"id"_s, 2);
    badTime.insert(u"at"_s, u"yesterday"_s);
    QJsonObject badAmount = good;
    badAmount.insert(u"id"_s, 3);
    badAmount.insert(u"new"_s, u"1,000"_s);
    QJsonObject sameId = good;
    root.insert(u"history"_s, QJsonArray { good, badKind, badTime, badAmount, sameId });
    const Interchange::ReadResult read
        = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    const QString errors = read.errors.join(u'\n');
    QVERIFY(!read.ok());
    QVERIFY2(errors.contains(u"$.history[1].kind"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"$.history[2].at"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"$.history[3].new"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"$.history[4].id"_s), qPrintable(errors));
    QVERIFY2(!errors.contains(u"$.history[0]"_s), qPrintable(errors));
}

void TestHistory::compactingKeepsEveryFigure()
{
    DocumentData before;
    {
        auto opened = openSample();
        Document &document = *opened.document;
        QString error;
        for (const QString &text : { u"1"_s, u"2"_s, u"3"_s })
            QVERIFY(document.enterCell(m_cell, text, MoneyUnit::Wanyuan, &error));
        document.push(new SetText(&document, u"part4"_s, u"无。"_s));
        before = document.data();
    }
    // Every entry dates from 2020, so nothing is within the days kept.
    QCOMPARE(
        TestSupport::runSql(m_path, { u"UPDATE history SET at = '2020-01-0' || id || 'T00:00:00.000Z'"_s }),
        QString());
    const auto result
        = TestSupport::runApp({ u"history"_s, m_path, u"--compact"_s, u"--keep-days"_s, u"30"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const auto after = DocumentFile::open(m_path, TestSupport::library());
    QVERIFY2(after.document, qPrintable(after.message));
    const DocumentData &data = after.document->data();
    QCOMPARE(data.cells, before.cells);
    QCOMPARE(data.classRows, before.classRows);
    QCOMPARE(data.texts, before.texts);
    QCOMPARE(data.projects, before.projects);
    QCOMPARE(data.department, before.department);
    QCOMPARE(data.notes, before.notes);
    QCOMPARE(data.history.size(), 2); // one per cell or item
}

void TestHistory::compactingCollapsesOlderDetailPerCell()
{
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const auto entry = [&](qint64 id, int daysAgo, HistoryEntry::Kind kind, const QString &target, qint64 old,
                           qint64 value, const QString &user) {
        HistoryEntry e;
        e.id = id;
        e.at = now.addDays(-daysAgo);
        e.kind = kind;
        e.target = target;
        e.oldValue = old;
        e.newValue = value;
        e.user = user;
        return e;
    };
    const QList<HistoryEntry> entries {
        entry(1, 100, HistoryEntry::Kind::Edit, u"T5.a.basic"_s, 1, 2, u"王"_s),
        entry(2, 90, HistoryEntry::Kind::Edit, u"T5.b.basic"_s, 10, 20, u"王"_s),
        entry(3, 80, HistoryEntry::Kind::Approval, u"T5"_s, 0, 0, u"李处长"_s),
        entry(4, 70, HistoryEntry::Kind::Undo, u"T5.a.basic"_s, 2, 3, u"张"_s),
        entry(5, 5, HistoryEntry::Kind::Edit, u"T5.a.basic"_s, 3, 4, u"王"_s),
    };
    const QList<HistoryEntry> compacted = HistoryCompactor::compact(entries, now, 30);
    QCOMPARE(compacted.size(), 4);
    QCOMPARE(compacted.at(0).target, u"T5.b.basic"_s);
    QCOMPARE(compacted.at(0).kind, HistoryEntry::Kind::Summary);
    QCOMPARE(compacted.at(1).kind, HistoryEntry::Kind::Approval); // kept whatever its age
    const HistoryEntry &a = compacted.at(2);
    QCOMPARE(a.kind, HistoryEntry::Kind::Summary);
    QCOMPARE(a.id, qint64(4));
    QCOMPARE(a.oldValue, std::optional<qint64>(1));
    QCOMPARE(a.newValue, std::optional<qint64>(3));
    QCOMPARE(a.user, u"王, 张"_s);
    QCOMPARE(compacted.at(3), entries.at(4)); // within the days kept: as it was
    QCOMPARE(HistoryCompactor::compact(entries, now, 1000), entries);
}

void TestHistory::damagedHistoryRowIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown kind") << u"UPDATE history SET kind = 'rewrite' WHERE id = 2"_s << u"rewrite"_s;
    QTest::newRow("not a time") << u"UPDATE history SET at = 'gestern' WHERE id = 2"_s << u"gestern"_s;
    QTest::newRow("unknown scope") << u"UPDATE history SET scope = 'galaxy' WHERE id = 2"_s << u"galaxy"_s;
    QTest::newRow("text as figure") << u"UPDATE history SET old_value = 'x' WHERE id = 2"_s << u"old_value"_s;
}

void TestHistory::damagedHistoryRowIsRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    {
        auto opened = openSample();
        QString error;
        QVERIFY(opened.document->enterCell(m_cell, u"1"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(opened.document->enterCell(m_cell, u"2"_s, MoneyUnit::Wanyuan, &error));
    }
    QCOMPARE(TestSupport::runSql(m_path, { sql }), QString());
    const auto opened = DocumentFile::open(m_path, TestSupport::library());
    QVERIFY(!opened.document);
    QCOMPARE(opened.failure, DocumentStore::Failure::Damaged);
    QVERIFY2(opened.message.contains(named) && opened.message.contains(u"2"_s), qPrintable(opened.message));
}

void TestHistory::modelFiltersByCellAndSection()
{
    auto opened = openSample();
    Document &document = *opened.document;
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setDocument(&document);
    QString error;
    QVERIFY(document.enterCell(m_cell, u"1"_s, MoneyUnit::Wanyuan, &error));
    const CellRef other { u"T5"_s, u"2010601"_s, u"project"_s };
    QVERIFY(document.enterCell(other, u"2"_s, MoneyUnit::Wanyuan, &error));
    document.push(new SetText(&document, u"part4"_s, u"无。"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entryAt(0).scope, HistoryEntry::Scope::Text); // newest first
    QCOMPARE(model.index(2, HistoryTableModel::NewColumn).data().toString(), u"1.00"_s);
    QCOMPARE(model.index(2, HistoryTableModel::UserColumn).data().toString(), u"王会计"_s);

    HistoryTableModel::Filter filter;
    filter.mode = HistoryTableModel::Filter::Mode::Cell;
    filter.cell = m_cell.toString();
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).target, m_cell.toString());
    filter.mode = HistoryTableModel::Filter::Mode::Sections;
    filter.sections = { u"T5"_s };
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    filter.sections = { u"part4"_s };
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    model.setUnit(MoneyUnit::Yuan);
    filter.mode = HistoryTableModel::Filter::Mode::Cell;
    model.setFilter(filter);
    QCOMPARE(model.index(0, HistoryTableModel::NewColumn).data().toString(), u"10,000.00"_s);
}

void TestHistory::dockRestoresTheSelectedEntry()
{
    auto opened = openSample();
    Document &document = *opened.document;
    QString error;
    QVERIFY(document.enterCell(m_cell, u"1"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY(document.enterCell(m_cell, u"2"_s, MoneyUnit::Wanyuan, &error));
    HistoryDock dock;
    dock.setDocument(&document);
    dock.showCell(m_cell);
    QCOMPARE(dock.model()->rowCount(), 2);
    auto *restore = dock.findChild<QPushButton *>();
    QVERIFY(restore);
    QVERIFY(!restore->isEnabled()); // nothing selected yet
    dock.view()->setCurrentIndex(dock.model()->index(0, HistoryTableModel::OldColumn));
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(document.value(m_cell), qint64(1'000'000));
    QCOMPARE(dock.model()->rowCount(), 3);
}

void TestHistory::cellMenuShowsTheCellsHistory()
{
    QSettings store(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    // Where an earlier version kept the history's name: taken over as the one name for everything.
    store.setValue(u"history/userName"_s, u"赵出纳"_s);
    AppSettings settings(store);
    LanguageSwitcher languages;
    languages.setLanguage(u"en"_s);
    MainWindow window(TestSupport::library(), settings, languages);
    window.show();
    QVERIFY(window.openFile(m_path));
    Document *document = window.document();
    QString error;
    QVERIFY(document->enterCell(m_cell, u"7"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY(document->enterCell({ u"T5"_s, u"2010601"_s, u"project"_s }, u"8"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(document->data().history.constFirst().user, u"赵出纳"_s); // the name set in the settings
    QCOMPARE(settings.userName(), u"赵出纳"_s);
    QVERIFY(!store.contains(u"history/userName"_s));

    window.workspace()->showCell(m_cell);
    TableFormEditor *editor = window.workspace()->tableEditor(u"T5"_s);
    const QRect rect = editor->view()->visualRect(editor->model()->indexOf(m_cell));
    QMenu *menu = editor->showCellMenu(rect.center());
    QVERIFY(menu);
    QAction *history = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Show the Changes of This Figure…"_s)
            history = action;
    }
    QVERIFY(history);
    auto *dock = window.findChild<HistoryDock *>();
    QVERIFY(dock && !dock->isVisible());
    history->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->model()->rowCount(), 1);
    QCOMPARE(dock->model()->entryAt(0).target, m_cell.toString());
    dock->setScope(HistoryDock::Scope::Section); // T5, the table being edited: both cells
    QCOMPARE(dock->model()->rowCount(), 2);
    window.workspace()->showEntry(u"text:part4"_s);
    QCOMPARE(dock->model()->rowCount(), 0);
    menu->close();
    window.setDocument(nullptr);
}

void TestHistory::commandLineListsAndCompacts()
{
    {
        auto opened = openSample();
        QString error;
        QVERIFY(opened.document->enterCell(m_cell, u"1"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(opened.document->enterCell(m_cell, u"2"_s, MoneyUnit::Wanyuan, &error));
    }
    const auto listed = TestSupport::runApp({ u"history"_s, m_path });
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"王会计"_s) && lines.at(0).endsWith(u"\t1.00\t2.00"_s),
        qPrintable(lines.at(0)));
    const auto json
        = TestSupport::runApp({ u"history"_s, m_path, u"--json"_s, u"--cell"_s, m_cell.toString() });
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 2);
    const auto wrong = TestSupport::runApp({ u"history"_s, m_path, u"--compact"_s });
    QCOMPARE(wrong.exitCode, 64);
    const auto days
        = TestSupport::runApp({ u"history"_s, m_path, u"--compact"_s, u"--keep-days"_s, u"abc"_s });
    QCOMPARE(days.exitCode, 1);
    QVERIFY(days.err.contains("abc"));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
