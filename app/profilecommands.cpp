#include "profilecommands.h"

#include "pdfimport/pdflayout.h"
#include "profile/templatelibrary.h"
#include "rollforward/rollforwardrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

namespace {

// The schemas the program checks packages with, as files an editor can point "$schema" at.
int writeSchemas(const QString &folder, QTextStream &out, QTextStream &err)
{
    if (!QDir().mkpath(folder)) {
        err << QCoreApplication::translate("ProfileCommands", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))
            << Qt::endl;
        return 1;
    }
    const QDir schemas(QStringLiteral(":/schema"));
    for (const QString &name : schemas.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QString target = QDir(folder).filePath(name);
        QFile::remove(target);
        QFile file(target);
        if (!QFile::copy(schemas.filePath(name), target) || !file.setPermissions(file.permissions() | QFileDevice::WriteOwner)) {
            err << QCoreApplication::translate("ProfileCommands", "Cannot write %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
            return 1;
        }
        out << QDir::toNativeSeparators(target) << Qt::endl;
    }
    return 0;
}

int check(const TemplateLibrary &library, const QString &folder, QTextStream &out, QTextStream &err)
{
    // The parts read by the roll-forward and the PDF import are checked by their own readers.
    const QList<ProfileIssue> issues = library.check(folder, { &RollForwardRules::check, &PdfLayout::check });
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

} // namespace

int run(const TemplateLibrary &library, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    if (arguments.size() != 2 || arguments.at(1).startsWith(QLatin1Char('-'))
        || (command != QLatin1String("check") && command != QLatin1String("schema"))) {
        err << QCoreApplication::translate("ProfileCommands", "Usage: final-accounts profile check DIR | profile schema DIR")
            << Qt::endl;
        return 64;
    }
    return command == QLatin1String("check") ? check(library, arguments.at(1), out, err) : writeSchemas(arguments.at(1), out, err);
}

} // namespace ProfileCommands
