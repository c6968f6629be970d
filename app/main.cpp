#include "editor/appsettings.h"
#include "cjkfont.h"
#include "commandline.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "profile/templatelibrary.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FinalAccounts"));
    QCoreApplication::setApplicationName(QStringLiteral("final-accounts"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
}

// Whether a window can be shown. Only X11 and Wayland can lack a display; Qt would abort there.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Drawing pages needs fonts (QGuiApplication) and charts need graphics widgets (QApplication);
// on a machine without a display they are drawn offscreen.
std::unique_ptr<QCoreApplication> commandLineApplication(int &argc, char *argv[])
{
    if (argc < 2 || !CommandLine::needsGui(QString::fromLocal8Bit(argv[1])))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

// Batch work needs no display: only the commands that draw pages create a QApplication.
int runCommandLine(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = commandLineApplication(argc, argv);
    setApplicationNames();
    // Messages follow the locale (LANG=zh_CN.UTF-8: Chinese), as the editor's system language does.
    LanguageSwitcher languages;
    languages.setLanguage(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::unique_ptr<TemplateLibrary> library = TemplateLibrary::loadBuiltIn(&error);
    if (!library) {
        err << "final-accounts: " << error << Qt::endl;
        return 1;
    }
    CommandLine commandLine(*library, out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}

int runEditor(int argc, char *argv[])
{
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        LanguageSwitcher languages;
        languages.setLanguage(QString());
        QTextStream(stderr) << "final-accounts: "
                            << QCoreApplication::translate("main", "there is no display to open the editor on; "
                                                                   "the commands work without one (final-accounts help).")
                            << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setFont(CjkFont::apply(QApplication::font()));

    QSettings store;
    AppSettings settings(store);
    LanguageSwitcher languages;
    languages.setLanguage(settings.language());

    QString error;
    const std::unique_ptr<TemplateLibrary> library = TemplateLibrary::loadBuiltIn(&error);
    if (!library) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Final Accounts Editor"), error);
        return 1;
    }
    MainWindow window(*library, settings, languages);
    window.show();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    return app.exec();
}

// The editor starts without arguments, with a document to open, or with Qt's own options
// (-platform …); any other first word is a command, and a mistyped one gets the usage text
// rather than a window.
bool isCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (CommandLine::isCommand(first))
        return true;
    const bool document = first.endsWith(QLatin1String(".fadb"), Qt::CaseInsensitive) || QFileInfo::exists(first);
    return !document && !first.startsWith(QLatin1Char('-'));
}

} // namespace

int main(int argc, char *argv[])
{
    return isCommandLine(argc, argv) ? runCommandLine(argc, argv) : runEditor(argc, argv);
}
