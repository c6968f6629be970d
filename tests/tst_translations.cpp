#include "document/document.h"
#include "editor/languageswitcher.h"
#include "interchange/interchange.h"
#include "models/tableclipboard.h"
#include "models/tableformmodel.h"
#include "money/money.h"
#include "store/documentfile.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Every message a user can meet while typing, pasting, opening and importing is Chinese in the
// Chinese interface: no English word is left in it.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void moneyMessages_data();
    void moneyMessages();
    void countMessages_data();
    void countMessages();
    void pasteRefusal();
    void openingFailure();
    void interchangeErrors();
    void undoTextsNameTheCellInWords();

private:
    static void verifyChinese(const QString &message);

    LanguageSwitcher m_languages;
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_languages.setLanguage(u"zh_CN"_s));
}

void TestTranslations::cleanupTestCase()
{
    m_languages.setLanguage(u"en"_s);
}

void TestTranslations::verifyChinese(const QString &message)
{
    QVERIFY2(!message.isEmpty(), "no message");
    QVERIFY2(message.contains(QRegularExpression(u"[\\x{4e00}-\\x{9fff}]"_s)), qPrintable(message));
    // A file name or the typed text may be Latin; a message's own words may not.
    static const QRegularExpression englishWord(u"\\b(is|not|the|a|an|allowed|number|amount|cannot|file|here)\\b"_s);
    QVERIFY2(!message.contains(englishWord), qPrintable(message));
}

void TestTranslations::moneyMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<bool>("empty");
    QTest::newRow("not a number") << u"abc"_s << false << true;
    QTest::newRow("misplaced separator") << u"12,34.5"_s << false << true;
    QTest::newRow("too many decimals") << u"1.1234567"_s << false << true;
    QTest::newRow("beyond the limit") << u"99999999999999999"_s << true << true;
    QTest::newRow("negative not allowed") << u"-5"_s << false << true;
    QTest::newRow("required") << u""_s << false << false;
}

void TestTranslations::moneyMessages()
{
    QFETCH(QString, text);
    QFETCH(bool, negative);
    QFETCH(bool, empty);
    const MoneyParseResult result = parseMoney(text, { MoneyUnit::Wanyuan, negative, empty });
    QVERIFY(!result.ok);
    verifyChinese(result.error);
}

void TestTranslations::countMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << u"-2"_s;
    QTest::newRow("not whole") << u"2.5"_s;
    QTest::newRow("implausible") << u"99999999999"_s;
    QTest::newRow("separator") << u"1,00"_s;
}

void TestTranslations::countMessages()
{
    QFETCH(QString, text);
    const CountParseResult result = parseCount(text);
    QVERIFY(!result.ok);
    verifyChinese(result.error);
}

void TestTranslations::pasteRefusal()
{
    const std::unique_ptr<Document> document = TestSupport::sampleDocument();
    TableFormModel model(u"T5"_s);
    model.setDocument(document.get());
    const QModelIndex total = model.indexOf({ u"T5"_s, u"total"_s, u"total"_s });
    QVERIFY(total.isValid());
    QString error;
    QVERIFY(!TableClipboard::paste(model, QRect(total.column(), total.row(), 1, 1), u"12"_s, &error));
    verifyChinese(error);
    const QModelIndex input = model.indexOf({ u"T5"_s, u"2010601"_s, u"basic"_s });
    QVERIFY(!TableClipboard::paste(model, QRect(input.column(), input.row(), 1, 1), u"abc"_s, &error));
    verifyChinese(error);
}

void TestTranslations::openingFailure()
{
    const QString path = m_dir.filePath(u"broken.fadb"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    const DocumentFile::Opened opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY(!opened.document);
    verifyChinese(opened.message);
    const DocumentFile::Opened missing = DocumentFile::open(m_dir.filePath(u"missing.fadb"_s), TestSupport::library());
    QVERIFY(!missing.document);
    verifyChinese(missing.message);
}

void TestTranslations::interchangeErrors()
{
    const Interchange::ReadResult notJson = Interchange::read("{ not json", TestSupport::library());
    QVERIFY(!notJson.ok());
    verifyChinese(notJson.errors.first());
    const Interchange::ReadResult badAmount = Interchange::read(
            R"({"format": "final-accounts-interchange", "formatVersion": 1, "template": "hubei-2024",
                "department": {"name": "测试局", "kind": "行政", "year": 2024},
                "cells": {"T5": {"2010601": {"basic": "abc"}}}})",
            TestSupport::library());
    QVERIFY(!badAmount.ok());
    for (const QString &error : badAmount.errors)
        verifyChinese(error);
}

void TestTranslations::undoTextsNameTheCellInWords()
{
    const std::unique_ptr<Document> document = TestSupport::sampleDocument();
    QString error;
    QVERIFY(document->enterCell({ u"T5"_s, u"2010601"_s, u"basic"_s }, u"600"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(document->undoStack()->undoText(), u"修改 一般公共预算财政拨款支出决算表 · 行政运行 · 基本支出"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
