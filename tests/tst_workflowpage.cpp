#include "audit/auditdock.h"
#include "charts/chartspage.h"
#include "document/document.h"
#include "editor/appsettings.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "editor/tableformeditor.h"
#include "editor/workflowpage.h"
#include "models/navigationmodel.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The order of work on a new document and on the sample, clicked as a user would. With
// FAE_SHOT_DIR set, the window is also saved as PNGs for looking at (zh_CN and English, two sizes).
class TestWorkflowPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newDocumentOpensOnTheOrderOfWork();
    void progressCountsTheNavigationMarks();
    void screenshots_data();
    void screenshots();

private:
    WorkflowPage *page() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkflowPage::init()
{
    m_store = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(*m_store);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(u"en"_s);
    m_window = std::make_unique<MainWindow>(TestSupport::library(), *m_settings, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
}

void TestWorkflowPage::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
    m_store.reset();
}

WorkflowPage *TestWorkflowPage::page() const
{
    return qobject_cast<WorkflowPage *>(m_window->workspace()->editor(u"start"_s));
}

void TestWorkflowPage::newDocumentOpensOnTheOrderOfWork()
{
    DocumentData data;
    data.templateId = u"hubei-2024"_s;
    data.department.name = u"测试局"_s;
    data.department.year = 2024;
    QString error;
    std::unique_ptr<Document> document
            = Document::create(TestSupport::library().find(u"hubei-2024"_s), std::move(data), &error);
    QVERIFY2(document, qPrintable(error));
    m_window->setDocument(std::move(document));
    QCOMPARE(m_window->workspace()->currentEntry(), u"start"_s);
    QVERIFY(page() && page()->isVisible());
    // Step 2 starts with the expenditure table, which is still empty: a click opens it.
    QTest::mouseClick(page()->stepButton(1), Qt::LeftButton);
    QCOMPARE(m_window->workspace()->currentEntry(), u"table:T3"_s);
}

void TestWorkflowPage::progressCountsTheNavigationMarks()
{
    m_window->setDocument(TestSupport::sampleDocument());
    QVERIFY(m_window->workspace()->showEntry(u"start"_s));
    QCOMPARE(page()->stepEntries(0), QStringList({ u"department"_s }));
    QVERIFY(page()->progressText(0).contains(u"1 filled"_s));
    // The sample's T7 and T8 are empty (不涉及): step 2 counts them as empty.
    const QStringList tables = page()->stepEntries(1);
    QCOMPARE(tables.first(), u"table:T3"_s);
    int empty = 0;
    for (const QString &entry : tables) {
        const QModelIndex index = m_window->workspace()->navigation()->indexOfEntry(entry);
        empty += index.data(NavigationModel::StatusRole).toInt() == NavigationModel::Empty;
    }
    if (empty > 0)
        QVERIFY2(page()->progressText(1).contains(u"%1 empty"_s.arg(empty)), qPrintable(page()->progressText(1)));
    QTest::mouseClick(page()->stepButton(4), Qt::LeftButton);
    QCOMPARE(m_window->workspace()->currentEntry(), u"reasons"_s);
}

void TestWorkflowPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("zh_CN 1366") << u"zh_CN"_s << QSize(1366, 768);
    QTest::newRow("zh_CN 1920") << u"zh_CN"_s << QSize(1920, 1080);
    QTest::newRow("en 1366") << u"en"_s << QSize(1366, 768);
    QTest::newRow("en 1920") << u"en"_s << QSize(1920, 1080);
}

void TestWorkflowPage::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const QString dir = qEnvironmentVariable("FAE_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("FAE_SHOT_DIR is not set");
    m_languages->setLanguage(language);
    QCoreApplication::processEvents();
    m_window->resize(size);
    m_window->setDocument(TestSupport::sampleDocument());
    const QString suffix = u"_%1_%2.png"_s.arg(language).arg(size.width());
    const auto shoot = [&](const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QDir(dir).filePath(name + suffix)));
    };
    QVERIFY(m_window->workspace()->showEntry(u"start"_s));
    shoot(u"start"_s);
    QVERIFY(m_window->workspace()->showEntry(u"table:T5"_s));
    m_window->workspace()->setUnit(MoneyUnit::Yuan);
    shoot(u"t5_yuan"_s);
    m_window->workspace()->setUnit(MoneyUnit::Wanyuan);
    QVERIFY(m_window->workspace()->showEntry(u"table:T9"_s));
    shoot(u"t9"_s);
    QVERIFY(m_window->workspace()->showEntry(u"reasons"_s));
    shoot(u"reasons"_s);
    QVERIFY(m_window->workspace()->showEntry(u"department"_s));
    shoot(u"department"_s);
    QVERIFY(m_window->workspace()->showEntry(u"projects"_s));
    shoot(u"projects"_s);
    QVERIFY(m_window->workspace()->showEntry(u"charts"_s));
    shoot(u"charts"_s);
    auto *charts = qobject_cast<ChartsPage *>(m_window->workspace()->editor(u"charts"_s));
    QVERIFY(charts && charts->chartCount() == 6);
    QVERIFY(charts->chartView(5)->grab().save(QDir(dir).filePath(u"chart_projects"_s + suffix)));
}

QTEST_MAIN(TestWorkflowPage)
#include "tst_workflowpage.moc"
