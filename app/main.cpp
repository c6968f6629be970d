#include "editor/appsettings.h"
#include "cjkfont.h"
#include "commandline.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "profile/templatelibrary.h"
#include "profilefolders.h"

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
std::unique_ptr<QCoreApplication> commandLineApplication(int &argc, char *argv[], const QString &command)
{
    if (!CommandLine::needsGui(command))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

// The built-in profiles, the user's and those of --profiles; a refused package is reported and
// the others load. Takes --profiles out of `arguments`.
std::unique_ptr<TemplateLibrary> loadProfiles(QStringList *arguments, QString *error)
{
    return TemplateLibrary::load(TemplateLibrary::standardSources(ProfileFolders::take(arguments)), error);
}

// Batch work needs no display: only the commands that draw pages create a QApplication.
int runCommandLine(int argc, char *argv[], const QString &command)
{
    const std::unique_ptr<QCoreApplication> app = commandLineApplication(argc, argv, command);
    setApplicationNames();
    // Messages follow the locale (LANG=zh_CN.UTF-8: Chinese), as the editor's system language does.
    LanguageSwitcher languages;
    languages.setLanguage(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    QStringList arguments = QCoreApplication::arguments();
    const std::unique_ptr<TemplateLibrary> library = loadProfiles(&arguments, &error);
    if (!library) {
        err << "final-accounts: " << error << Qt::endl;
        return 1;
    }
    // `profiles` lists the refused packages itself.
    if (command != QLatin1String("profiles")) {
        for (const ProfileIssue &issue : library->issues())
            err << "final-accounts: " << issue.text() << Qt::endl;
    }
    CommandLine commandLine(*library, out, err);
    return commandLine.run(arguments.mid(1));
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
    QStringList arguments = QCoreApplication::arguments();
    // --user NAME: the name review steps are recorded under in this session (setting 姓名 otherwise).
    if (const qsizetype user = arguments.indexOf(QStringLiteral("--user")); user > 0 && user + 1 < arguments.size()) {
        settings.setSessionUserName(arguments.at(user + 1));
        arguments.remove(user, 2);
    }
    const std::unique_ptr<TemplateLibrary> library = loadProfiles(&arguments, &error);
    if (!library) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Final Accounts Editor"), error);
        return 1;
    }
    if (!library->issues().isEmpty()) {
        QStringList faults;
        for (const ProfileIssue &issue : library->issues())
            faults.append(issue.text());
        QMessageBox refused(QMessageBox::Warning, QCoreApplication::translate("main", "Final Accounts Editor"),
                            QCoreApplication::translate("main", "Some profile packages are broken and were not loaded; "
                                                                "the other profiles can be used."));
        refused.setDetailedText(faults.join(QLatin1Char('\n')));
        refused.setInformativeText(faults.mid(0, 5).join(QLatin1Char('\n')));
        refused.exec();
    }
    MainWindow window(*library, settings, languages);
    window.show();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    return app.exec();
}

// The editor starts without arguments, with a document to open, or with Qt's own options
// (-platform …); any other first word is a command, and a mistyped one gets the usage text
// rather than a window.
bool isCommandLine(const QString &first)
{
    if (first.isEmpty())
        return false;
    if (CommandLine::isCommand(first))
        return true;
    const bool document = first.endsWith(QLatin1String(".fadb"), Qt::CaseInsensitive) || QFileInfo::exists(first);
    return !document && !first.startsWith(QLatin1Char('-'));
}

} // namespace

int main(int argc, char *argv[])
{
    // The first word decides, before Qt reads the arguments, whether a window is needed.
    QStringList words;
    for (int i = 0; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    ProfileFolders::take(&words);
    const QString first = words.value(1);
    return isCommandLine(first) ? runCommandLine(argc, argv, first) : runEditor(argc, argv);
}
