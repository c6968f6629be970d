#include "pdfimport/pdfwordreader.h"

#include <QCoreApplication>
#include <QFile>

#include <poppler-qt6.h>

std::optional<QList<PdfPage>> PdfWordReader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PdfImport", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Poppler is lenient with leading garbage; a disclosure must begin as a PDF does.
    if (!file.peek(5).startsWith("%PDF-")) {
        *error = QCoreApplication::translate("PdfImport", "%1 is not a PDF file.").arg(path);
        return std::nullopt;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        *error = QCoreApplication::translate("PdfImport", "%1 is damaged: it cannot be read as a PDF.")
                     .arg(path);
        return std::nullopt;
    }
    if (document->isLocked()) {
        *error = QCoreApplication::translate("PdfImport", "%1 is protected by a password.").arg(path);
        return std::nullopt;
    }
    QList<PdfPage> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            *error = QCoreApplication::translate("PdfImport", "%1 is damaged: page %2 cannot be read.")
                         .arg(path)
                         .arg(i + 1);
            return std::nullopt;
        }
        PdfPage words { i + 1, {} };
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
            words.words.append({ box->text(), box->boundingBox() });
        pages.append(words);
    }
    if (pages.isEmpty()) {
        *error = QCoreApplication::translate("PdfImport", "%1 has no pages.").arg(path);
        return std::nullopt;
    }
    return pages;
}
