#include "compare/documentcomparison.h"
#include "document/document.h"
#include "editor/languageswitcher.h"
#include "exchange/comparisondialog.h"
#include "exchange/exchangeactions.h"
#include "exchange/importpreviewdialog.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxreader.h"
#include "store/documentfile.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

namespace {

const CellRef basic2010601 { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };

// Runs `handle` on the next modal dialog once it is shown (the actions open them with exec()).
void onNextDialog(std::function<void(QWidget *)> handle)
{
    QTimer::singleShot(0, qApp, [handle] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        handle(dialog);
    });
}

// Screenshots for looking at the dialogs as a user would, when FAE_SHOT_DIR names a folder.
void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FAE_SHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

} // namespace

// The File menu's Excel, compare and next-year actions, driven as a user would drive them past
// the file dialogs: the preview and its Import button, the comparison window and its PDF, the
// summary the new year's document opens with.
class TestExchangeActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        auto sample = TestSupport::sampleDocument();
        m_samplePath = m_dir.filePath(QStringLiteral("sample.fadb"));
        QVERIFY(DocumentFile::create(m_samplePath, TestSupport::library().find(QStringLiteral("hubei-2024")), sample->data(), true,
                                     TestSupport::library())
                        .document);
    }

    void actionsNeedADocument()
    {
        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        QCOMPARE(actions.actions().size(), 4);
        QCOMPARE(actions.actions().first()->text(), QStringLiteral("新建下一年度(&N)…"));
        for (QAction *action : actions.actions())
            QVERIFY(!action->isEnabled());
        auto document = TestSupport::sampleDocument();
        actions.setDocument(document.get());
        for (QAction *action : actions.actions())
            QVERIFY(action->isEnabled());
    }

    void previewListsEverythingAndImportIsOneStep()
    {
        auto document = TestSupport::sampleDocument();
        document->setCellInputs({ { basic2010601, 500'000'000 } });
        const QString path = m_dir.filePath(QStringLiteral("sample.xlsx"));
        QString error;
        QVERIFY(XlsxExport::write(*TestSupport::sampleDocument(), path, &error));

        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        actions.setDocument(document.get());
        bool previewed = false;
        onNextDialog([&](QWidget *dialog) {
            auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
            QVERIFY(preview);
            QCOMPARE(preview->tree()->topLevelItemCount(), 15); // the nine tables, five sheets and the forms
            const QTreeWidgetItem *t5 = preview->tree()->topLevelItem(4);
            QVERIFY(t5->text(0).contains(QStringLiteral("公开05表")));
            QCOMPARE(t5->childCount(), 1);
            QCOMPARE(t5->child(0)->text(1), QStringLiteral("500.00"));
            QCOMPARE(t5->child(0)->text(2), QStringLiteral("556.63"));
            QVERIFY(!preview->findChild<QLabel *>(QStringLiteral("departmentWarning")));
            shoot(preview, QStringLiteral("import-preview.png"));
            previewed = true;
            QTest::keyClick(preview, Qt::Key_Return); // the default button: Import
        });
        QVERIFY(actions.importXlsx(path));
        QVERIFY(previewed);
        QCOMPARE(document->value(basic2010601), 556'630'000);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(document->value(basic2010601), 500'000'000);
    }

    void formsImportIntoTheOpenDocument()
    {
        // The workbook is the sample as the department finished it: the hotline project's
        // appropriation executed 18.50 万元 instead of 19.18 and its tracking done, and one project
        // more. Imported into the sample, the hotline form is replaced, the new one added, the
        // other ten are as they were.
        DocumentData finished = TestSupport::sampleDocument()->data();
        Project hotline = finished.projects.at(0);
        hotline.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, Money::fromFen(18'500'000));
        hotline.tracked = true;
        finished.projects[0] = hotline;
        Project added;
        added.id = finished.nextProjectId();
        added.name = QStringLiteral("政务服务“好差评”系统运维");
        added.funds.setAmount(FundSource::Other, FundColumn::FullBudget, Money::fromFen(3'000'000));
        finished.projects.append(added);
        QString error;
        const auto source = Document::create(TestSupport::library().find(QStringLiteral("hubei-2024")), finished, &error);
        QVERIFY2(source, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("finished.xlsx"));
        QVERIFY2(XlsxExport::write(*source, path, &error), qPrintable(error));

        auto document = TestSupport::sampleDocument();
        const QList<Project> before = document->data().projects;
        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        actions.setDocument(document.get());
        // The checks of the preview return early on a failure; the dialog is closed all the same.
        const auto inspect = [&](ImportPreviewDialog *preview) {
            QVERIFY(preview);
            QVERIFY(preview->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(
                    QStringLiteral("12 张自评表：新增项目 1 个，替换同名项目 1 个")));
            QCOMPARE(preview->tree()->topLevelItemCount(), 15);
            const QTreeWidgetItem *forms = preview->tree()->topLevelItem(14);
            QCOMPARE(forms->text(0), QStringLiteral("项目支出绩效自评表：读取 12 张"));
            QCOMPARE(forms->childCount(), 12);
            const QTreeWidgetItem *replaced = forms->child(0);
            QCOMPARE(replaced->text(0), QStringLiteral("替换同名项目：市12345公共服务热线二期升级项目（项目支出绩效自评表 A1）"));
            QCOMPARE(replaced->childCount(), 2);
            QCOMPARE(replaced->child(0)->text(0), QStringLiteral("有变化：项目资金 本年财政拨款 · 全年执行数"));
            QCOMPARE(replaced->child(0)->text(1), QStringLiteral("19.18"));
            QCOMPARE(replaced->child(0)->text(2), QStringLiteral("18.50"));
            QCOMPARE(replaced->child(1)->text(0), QStringLiteral("有变化：绩效跟踪"));
            QCOMPARE(replaced->child(1)->text(1), QStringLiteral("否"));
            QCOMPARE(replaced->child(1)->text(2), QStringLiteral("是"));
            for (int i = 1; i < 11; ++i) {
                QVERIFY2(forms->child(i)->text(0).startsWith(QStringLiteral("与文档一致：") + before.at(i).name),
                         qPrintable(forms->child(i)->text(0)));
                QCOMPARE(forms->child(i)->childCount(), 0);
            }
            QVERIFY(forms->child(11)->text(0).startsWith(QStringLiteral("新增项目：政务服务“好差评”系统运维（项目支出绩效自评表 A")));
            preview->resize(1000, 700);
            preview->tree()->scrollToItem(replaced->child(1));
            shoot(preview, QStringLiteral("import-preview-forms.png"));
        };
        bool previewed = false;
        onNextDialog([&](QWidget *dialog) {
            inspect(qobject_cast<ImportPreviewDialog *>(dialog));
            previewed = !QTest::currentTestFailed();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QVERIFY(actions.importXlsx(path));
        QVERIFY(previewed);
        const QList<Project> &projects = document->data().projects;
        QCOMPARE(projects.size(), 12);
        QCOMPARE(projects.at(0).funds.amount(FundSource::Appropriation, FundColumn::Executed), Money::fromFen(18'500'000));
        QCOMPARE(projects.at(0).funds.amount(FundSource::Appropriation, FundColumn::FullBudget), Money::fromFen(19'180'000));
        QVERIFY(projects.at(0).tracked);
        QCOMPARE(projects.at(0).id, before.at(0).id);
        QCOMPARE(projects.mid(1, 10), before.mid(1, 10));
        QCOMPARE(projects.at(11).name, added.name);
        QCOMPARE(projects.at(11).funds.amount(FundSource::Other, FundColumn::FullBudget), Money::fromFen(3'000'000));
        QVERIFY(!projects.at(11).funds.amount(FundSource::Other, FundColumn::Executed)); // unknown, not 0
        QCOMPARE(document->undoStack()->count(), 1);
        const QString undoText = document->undoStack()->undoText();
        QVERIFY2(undoText.startsWith(QStringLiteral("从 Excel 导入 ")) && undoText.endsWith(QStringLiteral(" 个单元格和 2 张自评表")),
                 qPrintable(undoText));
        document->undoStack()->undo();
        QCOMPARE(document->data().projects, before);
    }

    void anotherDepartmentsWorkbookIsPointedOut()
    {
        ImportPlan plan;
        plan.preparer = QStringLiteral("咸宁市财政局");
        ImportPreviewDialog preview(plan, QStringLiteral("other.xlsx"), QStringLiteral("咸宁市政务服务和大数据管理局"));
        const QLabel *warning = preview.findChild<QLabel *>(QStringLiteral("departmentWarning"));
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QStringLiteral("咸宁市财政局")));
    }

    void cancelledPreviewChangesNothing()
    {
        auto document = TestSupport::sampleDocument();
        document->setCellInputs({ { basic2010601, 500'000'000 } });
        const QString path = m_dir.filePath(QStringLiteral("cancel.xlsx"));
        QString error;
        QVERIFY(XlsxExport::write(*TestSupport::sampleDocument(), path, &error));
        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        actions.setDocument(document.get());
        onNextDialog([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QVERIFY(!actions.importXlsx(path));
        QCOMPARE(document->value(basic2010601), 500'000'000);
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void badWorkbookIsExplained()
    {
        const QString path = m_dir.filePath(QStringLiteral("not.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a workbook");
        file.close();
        auto document = TestSupport::sampleDocument();
        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        actions.setDocument(document.get());
        QString message;
        onNextDialog([&](QWidget *dialog) {
            message = dialog->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            dialog->close();
        });
        QVERIFY(!actions.importXlsx(path));
        QVERIFY2(message.contains(QStringLiteral("not.xlsx")), qPrintable(message));
    }

    void comparisonWindowAndPdf()
    {
        auto document = TestSupport::sampleDocument();
        document->setCellInputs({ { basic2010601, 557'630'000 } });
        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        actions.setDocument(document.get());
        QString html;
        onNextDialog([&](QWidget *dialog) {
            auto *comparison = qobject_cast<ComparisonDialog *>(dialog);
            QVERIFY(comparison);
            html = comparison->browser()->toPlainText();
            dialog->resize(1366 * 3 / 4, 700);
            shoot(comparison, QStringLiteral("compare.png"));
            const QString pdf = m_dir.filePath(QStringLiteral("compare.pdf"));
            QVERIFY(comparison->exportPdf(pdf));
            QProcess text;
            text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
            QVERIFY(text.waitForFinished());
            const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(pdfText.contains(QStringLiteral("行政运行")), qPrintable(pdfText.left(400)));
            QVERIFY(pdfText.contains(QStringLiteral("557.63")));
            dialog->close();
        });
        QVERIFY(actions.compareWith(m_samplePath));
        QVERIFY(html.contains(QStringLiteral("556.63")));
        QVERIFY(html.contains(QStringLiteral("557.63")));
    }

    void nextYearOpensWithItsSummary()
    {
        const DocumentFile::Opened opened = DocumentFile::open(m_samplePath, TestSupport::library());
        QVERIFY(opened.document);
        QWidget window;
        ExchangeActions actions(TestSupport::library(), &window);
        actions.setDocument(opened.document.get());
        QSignalSpy opens(&actions, &ExchangeActions::openRequested);
        QString summary;
        onNextDialog([&](QWidget *dialog) {
            summary = dialog->findChild<QPlainTextEdit *>()->toPlainText();
            shoot(dialog, QStringLiteral("next-year-summary.png"));
            dialog->close();
        });
        const QString path = m_dir.filePath(QStringLiteral("2025.fadb"));
        QVERIFY(actions.rollForward(2025, path));
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.first().first().toString(), path);
        QVERIFY(summary.contains(QStringLiteral("4,117.47")));
        const DocumentFile::Opened next = DocumentFile::open(path, TestSupport::library());
        QVERIFY(next.document);
        QCOMPARE(next.document->data().department.year, 2025);
        QCOMPARE(next.document->value({ QStringLiteral("PRIOR"), QStringLiteral("total"), QStringLiteral("amount") }), 4'117'470'000);
    }

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
    QString m_samplePath;
};

QTEST_MAIN(TestExchangeActions)
#include "tst_exchangeactions.moc"
