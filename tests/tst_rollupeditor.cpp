// 汇总 in the editor: a rolled-up document whose unit file changed offers to roll up again as
// one undoable step, and 来源单位… on a selected figure lists each unit's part.
#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "editor/tableformeditor.h"
#include "editor/tableformview.h"
#include "models/tableformmodel.h"
#include "rollup/rollupfiles.h"
#include "rollup/sourcesdialog.h"
#include "store/documentfile.h"
#include "store/documentstore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Wan = 1'000'000;

const CellRef Basic { u"T3"_s, u"2010601"_s, u"basic"_s };

DocumentData unit(const QString &name, UnitKind kind, qint64 basic)
{
    DocumentData data;
    data.templateId = u"hubei-2024"_s;
    data.department.name = name;
    data.department.year = 2024;
    data.department.units = { { name, kind, false } };
    for (const QString &table : { u"T2"_s, u"T3"_s, u"T5"_s })
        data.classRows.insert(table, { u"2010601"_s });
    data.cells.insert(Basic, basic);
    return data;
}

// Answers the next modal dialog with `button` once it shows, after `check` looked at it.
void answerNextDialog(QMessageBox::StandardButton button, const std::function<void(QWidget *)> &check = {})
{
    QTimer::singleShot(0, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            answerNextDialog(button, check);
            return;
        }
        if (check)
            check(modal);
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(button)->click();
    });
}

} // namespace

class TestRollupEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changedUnitOffersRerollAsOneStep();
    void sourceUnitsOfTheSelectedFigure();

private:
    QString rollUp();

    QTemporaryDir m_dir;
    QStringList m_units;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestRollupEditor::init()
{
    m_store = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_store->clear();
    m_settings = std::make_unique<AppSettings>(*m_store);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(u"zh_CN"_s);
    m_window = std::make_unique<MainWindow>(TestSupport::library(), *m_settings, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
}

void TestRollupEditor::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
    m_store.reset();
}

QString TestRollupEditor::rollUp()
{
    const QList<DocumentData> units = { unit(u"测试局（本级）"_s, UnitKind::Administrative, 100 * Wan),
                                        unit(u"测试局信息中心"_s, UnitKind::CivilServiceManaged, 20 * Wan),
                                        unit(u"测试局研究所"_s, UnitKind::Institution, 10 * Wan) };
    m_units.clear();
    QString error;
    for (qsizetype i = 0; i < units.size(); ++i) {
        m_units.append(m_dir.filePath(u"unit%1.fadb"_s.arg(i)));
        if (!DocumentStore::create(m_units.last(), units.at(i), true, &error))
            qFatal("unit: %s", qPrintable(error));
    }
    const DepartmentRollup::Result result = RollupFiles::rollUp({ m_units, {}, {} }, TestSupport::library());
    const QString output = m_dir.filePath(u"department.fadb"_s);
    if (!result.data || !DocumentStore::create(output, *result.data, true, &error))
        qFatal("department: %s %s", qPrintable(result.error), qPrintable(error));
    return output;
}

void TestRollupEditor::changedUnitOffersRerollAsOneStep()
{
    const QString department = rollUp();
    {
        const DocumentFile::Opened opened = DocumentFile::open(m_units.at(1), TestSupport::library());
        QString error;
        QVERIFY(opened.document->enterCell(Basic, u"26"_s, MoneyUnit::Wanyuan, &error));
    }
    QString offered;
    answerNextDialog(QMessageBox::Yes, [&](QWidget *dialog) {
        offered = static_cast<QMessageBox *>(dialog)->text();
    });
    QVERIFY(m_window->openFile(department));
    QTRY_VERIFY(!offered.isEmpty());
    QVERIFY2(offered.contains(u"unit1.fadb"_s), qPrintable(offered));
    Document *document = m_window->document();
    QCOMPARE(document->value(Basic), 136 * Wan);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->value(Basic), 130 * Wan);
}

void TestRollupEditor::sourceUnitsOfTheSelectedFigure()
{
    QVERIFY(m_window->openFile(rollUp()));
    QVERIFY(m_window->workspace()->showEntry(u"table:T3"_s));
    TableFormView *view = m_window->workspace()->tableEditor(u"T3"_s)->view();
    const auto *model = static_cast<const TableFormModel *>(view->model());
    view->setCurrentIndex(model->indexOf(Basic));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    QStringList rows;
    answerNextDialog(QMessageBox::NoButton, [&](QWidget *dialog) {
        auto *sources = qobject_cast<SourcesDialog *>(dialog);
        QVERIFY(sources);
        QTreeWidget *table = sources->table();
        QTest::keyClick(table, Qt::Key_Down);
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            rows.append(table->topLevelItem(i)->text(0) + u'|' + table->topLevelItem(i)->text(2));
        const QString shots = qEnvironmentVariable("FAE_SHOTS");
        if (!shots.isEmpty())
            sources->grab().save(shots + u"/sources-dialog.png"_s);
        QTest::keyClick(table, Qt::Key_Escape);
    });
    QTest::keyClick(view, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), u"测试局（本级）|100.00"_s);
    QCOMPARE(rows.at(1), u"测试局信息中心|20.00"_s);
    QCOMPARE(rows.at(2), u"测试局研究所|10.00"_s);
    QVERIFY(rows.at(3).endsWith(u"|130.00"_s));
}

QTEST_MAIN(TestRollupEditor)
#include "tst_rollupeditor.moc"
