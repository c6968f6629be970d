#include "profilecommands.h"

#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace ProfileCommands {

int list(const TemplateLibrary &library, QTextStream &out, QTextStream &err)
{
    for (const ProfilePackage &package : library.packages()) {
        QString state;
        if (package.base)
            state = QCoreApplication::translate("ProfileCommands", "base package");
        else if (!library.find(package.id))
            state = QCoreApplication::translate("ProfileCommands", "refused");
        out << package.id << '\t' << package.title << '\t' << package.year << '\t' << package.source << '\t'
            << QDir::toNativeSeparators(package.folder) << (state.isEmpty() ? QString() : QLatin1Char('\t') + state)
            << Qt::endl;
    }
    for (const ProfileIssue &issue : library.issues())
        err << "final-accounts: " << issue.text() << Qt::endl;
    return 0;
}

int check(const TemplateLibrary &library, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 2 || arguments.at(0) != QLatin1String("check") || arguments.at(1).startsWith(QLatin1Char('-'))) {
        err << QCoreApplication::translate("ProfileCommands", "Usage: final-accounts profile check DIR") << Qt::endl;
        return 64;
    }
    const QString folder = arguments.at(1);
    const QList<ProfileIssue> issues = library.check(folder);
    for (const ProfileIssue &issue : issues)
        out << issue.text() << Qt::endl;
    if (!issues.isEmpty()) {
        err << QCoreApplication::translate("ProfileCommands", "%1: %n fault(s); the package cannot be used.", nullptr,
                                           int(issues.size()))
                        .arg(folder)
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("ProfileCommands", "%1: the package is sound.").arg(folder) << Qt::endl;
    return 0;
}

} // namespace ProfileCommands
