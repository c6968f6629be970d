#include "pdfimport/pdfdisclosure.h"

#include "document/document.h"
#include "pdfimport/pdffindings.h"
#include "pdfimport/pdfimporter.h"
#include "pdfimport/pdfwordreader.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QFileInfo>

std::unique_ptr<PdfDisclosure> PdfDisclosure::read(
    const QString &path, std::shared_ptr<const ReportTemplate> reportTemplate, QString *error)
{
    auto layout = PdfLayout::forTemplate(*reportTemplate, error);
    if (!layout)
        return nullptr;
    const auto pages = PdfWordReader::read(path, error);
    if (!pages)
        return nullptr;
    auto result = std::make_unique<PdfDisclosure>();
    result->layout = *layout;
    result->import = PdfImporter::read(*pages, *reportTemplate, *layout);
    if (result->import.tables.isEmpty()) {
        *error = QCoreApplication::translate("PdfImport",
            "%1 contains none of the tables of the template \"%2\": it is not a "
            "departmental final accounts disclosure of that template.")
                     .arg(path, reportTemplate->id());
        return nullptr;
    }
    DocumentData &data = result->import.data;
    if (data.department.name.isEmpty()) {
        data.department.name = QFileInfo(path).completeBaseName();
        data.department.setKind(DepartmentInfo::Kind::Administrative);
    }
    if (data.department.year == 0)
        data.department.year = reportTemplate->year();
    result->document = Document::create(reportTemplate, data, error);
    if (!result->document)
        return nullptr;
    result->findings = PdfFindings::check(result->import, *result->document);
    return result;
}

QString PdfDisclosure::summary() const
{
    QString text;
    for (const PdfTableRead &table : import.tables) {
        const TableDef *def = document->reportTemplate().table(table.table);
        QStringList pages;
        for (int page : table.pages)
            pages.append(QString::number(page));
        text += QCoreApplication::translate(
                    "PdfImport", "%1 %2: page %3, %n row(s), %4 figure(s)", nullptr, table.rows)
                    .arg(table.table, def ? def->title : QString(), pages.join(QLatin1Char(',')))
                    .arg(table.cells.size())
            + QLatin1Char('\n');
    }
    return text;
}
