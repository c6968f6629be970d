#pragma once

#include <QObject>

class QTranslator;

// Installs the translations of one language at a time — the application's own and Qt's —
// so that every widget receives QEvent::LanguageChange and retranslates at once.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // Codes of the languages the application is translated into.
    static QStringList available();
    // zh_CN on a Chinese system, otherwise English.
    static QString systemLanguage();
    // The name of a language in that language, for the menu.
    static QString nativeName(const QString &code);

    // Switches to `code`, or to the system language for an empty code; false if unknown.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

private:
    QTranslator *m_application;
    QTranslator *m_qt;
    QString m_language;
};
