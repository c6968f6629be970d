#include "fuzztargets.h"

#include "document/document.h"
#include "interchange/interchange.h"
#include "store/documentfile.h"
#include "store/documentpath.h"

#include <QFile>
#include <QTemporaryDir>

namespace FuzzTargets {

void interchange(const QByteArray &bytes, const TemplateLibrary &library)
{
    const Interchange::ReadResult result = Interchange::read(bytes, library);
    if (!result.ok())
        return;
    QString error;
    if (const auto document = Document::create(result.reportTemplate, result.data, &error))
        Interchange::write(*document);
}

void documentFile(const QByteArray &bytes, const TemplateLibrary &library)
{
    static const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fuzz.fadb"));
    QFile::remove(path);
    DocumentPath::removeSideFiles(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    const DocumentFile::Opened opened = DocumentFile::open(path, library);
    if (opened.document)
        Interchange::write(*opened.document);
}

} // namespace FuzzTargets
