#include "exchange/comparisonpdf.h"

#include "cjkfont.h"
#include "compare/comparisonreport.h"
#include "compare/documentcomparison.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ComparisonPdf {

bool write(const DocumentComparison &comparison, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ComparisonPdf", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("ComparisonPdf", "Comparison of %1 and %2").arg(comparison.before, comparison.after));
        writer.setCreator(QStringLiteral("Final Accounts Editor"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = CjkFont::apply(document.defaultFont());
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        // Layout at the printer's resolution (TOOLCHAIN.md pitfall 8), one page high at a time.
        document.documentLayout()->setPaintDevice(&writer);
        document.setHtml(ComparisonReport::toHtml(comparison));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        document.setPageSize(page.size());
        QPainter painter(&writer);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
        }
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("ComparisonPdf", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace ComparisonPdf
