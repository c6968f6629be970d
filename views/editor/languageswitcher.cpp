#include "editor/languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent), m_application(new QTranslator(this)), m_qt(new QTranslator(this))
{
}

QStringList LanguageSwitcher::available()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString LanguageSwitcher::systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    const bool chinese = !languages.isEmpty() && languages.first().startsWith(QLatin1String("zh"));
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    return code == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    const QString language = code.isEmpty() ? systemLanguage() : code;
    if (!available().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(m_application);
    QCoreApplication::removeTranslator(m_qt);
    // The English file only supplies plural forms; the source texts are English.
    if (m_application->load(QStringLiteral(":/i18n/final-accounts_") + language))
        QCoreApplication::installTranslator(m_application);
    if (m_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    m_language = language;
    return true;
}
