#include "samplemainwindow.h"

#include "editor/appsettings.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "testsupport.h"

SampleMainWindow::SampleMainWindow()
    : m_store(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    , m_settings(std::make_unique<AppSettings>(m_store))
    , m_languages(std::make_unique<LanguageSwitcher>())
{
    m_settings->setUserName(QStringLiteral("王审核"));
    m_languages->setLanguage(QStringLiteral("zh_CN"));
    m_window = std::make_unique<MainWindow>(TestSupport::library(), *m_settings, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
}

SampleMainWindow::~SampleMainWindow()
{
    m_window.reset(); // before the settings and languages it refers to
}

QString SampleMainWindow::openSample()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.fadb"));
    const QString error = TestSupport::writeSampleFile(path);
    if (!error.isEmpty())
        return error;
    return m_window->openFile(path) ? QString() : QStringLiteral("the sample did not open");
}
