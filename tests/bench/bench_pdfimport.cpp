// Import of a published PDF: the sample's disclosure (27 pages, our own export, draft with its
// watermark) and LibreOffice's rendering of it, read into a document with tails and unreadable
// cells checked. Prints the median of many runs, split into the text layer (poppler) and the rest.
#include "document/document.h"
#include "pdfimport/pdfdisclosure.h"
#include "pdfimport/pdfimporter.h"
#include "pdfimport/pdflayout.h"
#include "pdfimport/pdfwordreader.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int Runs = 30;

QString median(const std::function<void()> &run)
{
    std::vector<qint64> nanoseconds;
    QElapsedTimer timer;
    for (int i = 0; i < Runs; ++i) {
        timer.start();
        run();
        nanoseconds.push_back(timer.nsecsElapsed());
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return QString::number(double(nanoseconds[Runs / 2]) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString fadb = dir.filePath(QStringLiteral("sample.fadb"));
    const QString own = dir.filePath(QStringLiteral("sample.pdf"));
    if (TestSupport::runApp({ QStringLiteral("sample"), QStringLiteral("-o"), fadb }).exitCode != 0
        || TestSupport::runApp({ QStringLiteral("pdf"), fadb, QStringLiteral("-o"), own }).exitCode != 0) {
        out << "bench_pdfimport: cannot export the sample" << Qt::endl;
        return 1;
    }
    const auto reportTemplate = TestSupport::library().find(QStringLiteral("hubei-2024"));
    QString error;
    const auto layout = PdfLayout::forTemplate(*reportTemplate, &error);
    const QString libreOffice
        = TestSupport::sourcePath(QStringLiteral("tests/fixtures/xianning-2024-libreoffice.pdf"));
    for (const QString &path : { own, libreOffice }) {
        const auto pages = PdfWordReader::read(path, &error);
        if (!pages || !layout) {
            out << "bench_pdfimport: " << error << Qt::endl;
            return 1;
        }
        qsizetype figures = 0;
        const QString whole = median([&] {
            const auto read = PdfDisclosure::read(path, reportTemplate, &error);
            figures = 0;
            for (const PdfTableRead &table : read->import.tables)
                figures += table.cells.size();
        });
        const QString words = median([&] { PdfWordReader::read(path, &error); });
        const QString tables = median([&] { PdfImporter::read(*pages, *reportTemplate, *layout); });
        out << (path == own ? "our PDF" : "LibreOffice's PDF") << " (" << pages->size() << " pages, "
            << figures << " figures): import " << whole << " (text layer " << words
            << ", tables and narrative " << tables << "), median of " << Runs << " runs" << Qt::endl;
    }
    return 0;
}
