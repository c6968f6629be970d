#include "pdfimport/pdfdisclosure.h"

#include "audit/auditengine.h"
#include "document/document.h"
#include "pdfimport/pdffindings.h"
#include "pdfimport/pdfimporter.h"
#include "pdfimport/pdfwordreader.h"
#include "profile/reporttemplate.h"
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace {

// What one template's layout made of the PDF's words.
struct Reading {
    std::shared_ptr<const ReportTemplate> reportTemplate;
    PdfLayout layout;
    PdfImport import;
};

std::unique_ptr<PdfDisclosure> toDisclosure(const QString &path, Reading reading, QString *error)
{
    auto result = std::make_unique<PdfDisclosure>();
    result->layout = std::move(reading.layout);
    result->import = std::move(reading.import);
    DocumentData &data = result->import.data;
    if (data.department.name.isEmpty()) {
        data.department.name = QFileInfo(path).completeBaseName();
        data.department.setKind(DepartmentInfo::Kind::Administrative);
    }
    if (data.department.year == 0)
        data.department.year = reading.reportTemplate->year();
    result->document = Document::create(reading.reportTemplate, data, error);
    if (!result->document)
        return nullptr;
    result->findings = PdfFindings::check(result->import, *result->document);
    return result;
}

} // namespace

std::unique_ptr<PdfDisclosure> PdfDisclosure::read(
    const QString &path, std::shared_ptr<const ReportTemplate> reportTemplate, QString *error)
{
    auto layout = PdfLayout::forTemplate(*reportTemplate, error);
    if (!layout)
        return nullptr;
    const auto pages = PdfWordReader::read(path, error);
    if (!pages)
        return nullptr;
    PdfImport import = PdfImporter::read(*pages, *reportTemplate, *layout);
    if (import.tables.isEmpty()) {
        *error = QCoreApplication::translate("PdfImport",
            "%1 contains none of the tables of the template \"%2\": it is not a "
            "departmental final accounts disclosure of that template.")
                     .arg(path, reportTemplate->id());
        return nullptr;
    }
    return toDisclosure(path, { reportTemplate, *layout, std::move(import) }, error);
}

std::unique_ptr<PdfDisclosure> PdfDisclosure::readWithBestTemplate(
    const QString &path, const TemplateLibrary &library, QString *error)
{
    const auto pages = PdfWordReader::read(path, error);
    if (!pages)
        return nullptr;
    QStringList ids = library.ids();
    if (ids.removeAll(library.defaultId()) > 0)
        ids.prepend(library.defaultId());
    std::optional<Reading> best;
    QString layoutError;
    for (const QString &id : std::as_const(ids)) {
        const auto reportTemplate = library.find(id);
        // A layout finds at most the template's own tables: one with no more than the best
        // found so far cannot win, and is not read (a Hubei PDF read in full by Hubei's layout
        // is not read again by Shanghai's).
        if (best && reportTemplate->tables().size() <= best->import.tables.size())
            continue;
        auto layout = PdfLayout::forTemplate(*reportTemplate, &layoutError);
        if (!layout)
            continue; // a profile without a PDF layout reads no PDF
        PdfImport import = PdfImporter::read(*pages, *reportTemplate, *layout);
        if (!best || import.tables.size() > best->import.tables.size())
            best = Reading { reportTemplate, std::move(*layout), std::move(import) };
    }
    if (!best) {
        *error = layoutError;
        return nullptr;
    }
    if (best->import.tables.isEmpty()) {
        *error = QCoreApplication::translate("PdfImport",
            "%1 contains none of the tables of any template (%2): it is not a departmental final "
            "accounts disclosure.")
                     .arg(path, ids.join(QLatin1String(", ")));
        return nullptr;
    }
    return toDisclosure(path, std::move(*best), error);
}

QList<Finding> PdfDisclosure::audit(const AuditEngine &engine, int *skipped) const
{
    // The document holds no texts of its own: the tables' rules and the printed narrative.
    return findings
        + PdfFindings::onlyPrinted(
            engine.auditTables(*document) + engine.auditText(*document, import.narrative), import, *document,
            layout, skipped);
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
