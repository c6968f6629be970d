#include "testsupport.h"

#include "document/document.h"
#include "editor/languageswitcher.h"
#include "pdfimport/pdfdisclosure.h"
#include "pdfimport/pdfimportdialog.h"
#include "profile/templatelibrary.h"

#include <QCheckBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The preview shown before a published PDF becomes a document.
class TestPdfImportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryTable();
    void priorYearChoice();

private:
    std::unique_ptr<PdfDisclosure> m_read;
    LanguageSwitcher m_languages;
};

void TestPdfImportDialog::initTestCase()
{
    QVERIFY(m_languages.setLanguage(u"zh_CN"_s));
    QString error;
    m_read = PdfDisclosure::read(TestSupport::sourcePath(u"tests/fixtures/xianning-2024-libreoffice.pdf"_s),
        TestSupport::library().find(u"hubei-2024"_s), &error);
    QVERIFY2(m_read, qPrintable(error));
}

void TestPdfImportDialog::listsEveryTable()
{
    PdfImportDialog dialog(*m_read, u"published.pdf"_s);
    QTreeWidget *tables = dialog.tables();
    QCOMPARE(tables->topLevelItemCount(), 9);
    QCOMPARE(tables->topLevelItem(0)->text(0), u"T1 收入支出决算总表"_s);
    QCOMPARE(tables->topLevelItem(0)->text(1), u"第 4,5 页：42 行，42 个数"_s);
    // A clean rendering: nothing unreadable, no tails.
    for (int i = 0; i < tables->topLevelItemCount(); ++i)
        QCOMPARE(tables->topLevelItem(i)->childCount(), 0);
}

void TestPdfImportDialog::priorYearChoice()
{
    PdfImportDialog dialog(*m_read, u"published.pdf"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.priorYearOnly());
    auto *prior = dialog.findChild<QCheckBox *>();
    QVERIFY(prior->text().contains(u"2025"_s));
    QTest::mouseClick(prior, Qt::LeftButton, {}, QPoint(5, prior->height() / 2));
    QVERIFY(dialog.priorYearOnly());
}

QTEST_MAIN(TestPdfImportDialog)
#include "tst_pdfimportdialog.moc"
