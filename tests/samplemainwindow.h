#pragma once

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class AppSettings;
class LanguageSwitcher;
class MainWindow;

// The editor's main window in Chinese, at 1366×768, with its own settings (the user 王审核) and a
// fresh copy of the sample open: what the review and comment tests drive.
class SampleMainWindow
{
public:
    SampleMainWindow();
    ~SampleMainWindow();

    MainWindow *window() const { return m_window.get(); }
    // Writes the sample into the fixture's folder and opens it; returns what went wrong, if anything.
    QString openSample();

private:
    QTemporaryDir m_dir;
    QSettings m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
};
