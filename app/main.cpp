#include "commandline.h"
#include "templatelibrary.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FinalAccounts"));
    QCoreApplication::setApplicationName(QStringLiteral("final-accounts"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

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
