// The process the crash-kill test kills: opens a document file and edits it by the script of
// ScriptedEditor, printing "done N" once step N is on the disk. With --file-size-limit it
// runs on a disk that fills up instead and reports the first edit that could not be saved.

#include "scriptededitor.h"

#include "document/document.h"
#include "store/documentfile.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#include <signal.h>
#include <sys/resource.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: fae_crash_editor FILE SEED [STEPS] [--file-size-limit BYTES]\n");
        return 64;
    }
    const auto opened = DocumentFile::open(arguments.at(1), TestSupport::library());
    if (!opened.document || opened.document->isReadOnly()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.message));
        return 1;
    }
    Document *document = opened.document.get();
    const qsizetype limitAt = arguments.indexOf(QStringLiteral("--file-size-limit"));
    if (limitAt > 0) {
        // The disk "fills up" for every file this process writes from now on: writes beyond
        // the limit fail with EFBIG instead of killing the process.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlim_t bytes = arguments.value(limitAt + 1).toULongLong();
        const struct rlimit limit { bytes, bytes };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    QString failure;
    QObject::connect(document, &Document::saveFailed, [&](const QString &message) { failure = message; });
    bool saved = false;
    QObject::connect(document, &Document::saved, [&] { saved = true; });

    ScriptedEditor editor(document, arguments.at(2).toUInt());
    const long steps = arguments.size() > 3 && limitAt != 3 ? arguments.at(3).toLong() : -1;
    for (long n = 1; steps < 0 || n <= steps; ++n) {
        saved = false;
        editor.step();
        if (!failure.isEmpty()) {
            std::printf("failed %ld saved=%d read-only=%d\n%s\n", n, int(saved), int(document->isReadOnly()),
                        qPrintable(failure));
            return 0;
        }
        std::printf("done %ld\n", n);
        std::fflush(stdout);
    }
    return 0;
}
