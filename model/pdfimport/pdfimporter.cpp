#include "pdfimport/pdfimporter.h"

#include "document/document.h"
#include "document/sheetlayout.h"
#include "pdfimport/pdflayout.h"
#include "pdfimport/pdflines.h"
#include "pdfimport/pdftablereader.h"
#include "profile/reporttemplate.h"

#include <map>
#include <memory>

namespace {

// A page that names this many tables is the contents, not a table.
constexpr int ContentsTitles = 3;

QString titleOf(const QString &lineText, const PdfLayout &layout)
{
    QString text = lineText;
    text.remove(layout.tableNumber);
    for (const QString &suffix : layout.titleSuffixes) {
        if (text.endsWith(suffix))
            text.chop(suffix.size());
    }
    return text;
}

void readHeading(const QList<PdfLine> &lines, const PdfLayout &layout, DocumentData *data)
{
    for (const PdfLine &line : lines) {
        const QString text = line.compactText();
        if (data->department.name.isEmpty()) {
            const QRegularExpressionMatch match = layout.department.match(text);
            if (match.hasMatch())
                data->department.name = match.captured(1).trimmed();
        }
        if (data->department.year == 0) {
            const QRegularExpressionMatch match = layout.year.match(text);
            if (match.hasMatch())
                data->department.year = match.captured(1).toInt();
        }
    }
}

// Lines of one paragraph are joined; a line ending well short of the widest starts a new one.
QString narrativeText(const QList<QList<PdfLine>> &pages, const PdfLayout &layout)
{
    QList<const PdfLine *> lines;
    bool inside = false;
    for (const QList<PdfLine> &page : pages) {
        for (const PdfLine &line : page) {
            const QString text = line.compactText();
            if (!inside && layout.narrativeStart.match(text).hasMatch())
                inside = true;
            else if (inside && layout.narrativeEnd.match(text).hasMatch())
                inside = false;
            const bool frame = std::any_of(layout.pageFrame.cbegin(), layout.pageFrame.cend(),
                [&](const QRegularExpression &p) { return p.match(text).hasMatch(); });
            if (inside && !frame)
                lines.append(&line);
        }
    }
    double right = 0;
    for (const PdfLine *line : std::as_const(lines))
        right = std::max(right, line->words.constLast().box.right());
    QString result;
    for (const PdfLine *line : std::as_const(lines)) {
        result += line->text();
        if (line->words.constLast().box.right() < right - 2 * line->words.constLast().box.height())
            result += QLatin1Char('\n');
    }
    return result;
}

} // namespace

PdfImport PdfImporter::read(
    const QList<PdfPage> &pages, const ReportTemplate &reportTemplate, const PdfLayout &layout)
{
    PdfImport result;
    result.data.templateId = reportTemplate.id();
    QHash<QString, const TableDef *> titles;
    for (const TableDef &table : reportTemplate.tables())
        titles.insert(titleOf(table.title, layout), &table);

    QList<QList<PdfLine>> pageLines;
    std::map<QString, std::unique_ptr<PdfTableReader>> readers;
    PdfTableReader *open = nullptr;
    QHash<QString, int> imagePages; // table → the first page where nothing stood under its title
    for (const PdfPage &page : pages) {
        pageLines.append(PdfLines::group(page.words, layout.lineTolerance, layout.maxWordHeightRatio));
        const QList<PdfLine> &lines = pageLines.constLast();
        readHeading(lines, layout, &result.data);

        QList<std::pair<int, const TableDef *>> starts; // line index of each title on the page
        for (int i = 0; i < lines.size(); ++i) {
            if (const TableDef *table = titles.value(titleOf(lines.at(i).compactText(), layout)))
                starts.append({ i, table });
            if (layout.narrativeStart.match(lines.at(i).compactText()).hasMatch())
                starts.append({ i, nullptr });
        }
        if (starts.size() >= ContentsTitles)
            continue;
        if (open && !open->ended())
            open->readPage(page.number, lines.mid(0, starts.isEmpty() ? lines.size() : starts.first().first),
                &result.problems);
        if (!starts.isEmpty())
            open = nullptr;
        for (qsizetype s = 0; s < starts.size(); ++s) {
            const TableDef *table = starts.at(s).second;
            if (!table)
                continue;
            auto &reader = readers[table->id];
            if (!reader)
                reader = std::make_unique<PdfTableReader>(reportTemplate, *table, layout);
            const int from = starts.at(s).first + 1;
            const int to = s + 1 < starts.size() ? starts.at(s + 1).first : int(lines.size());
            if (!reader->readPage(page.number, lines.mid(from, to - from), &result.problems)
                && !imagePages.contains(table->id))
                imagePages.insert(table->id, page.number);
            open = reader.get();
        }
    }

    for (const TableDef &table : reportTemplate.tables()) {
        const auto found = readers.find(table.id);
        if (found == readers.end()) {
            result.problems.append({ PdfProblem::Kind::MissingTable, table.id, 0, {}, {}, {} });
            continue;
        }
        // Its title was found (in a contents list that spans pages, too), but nothing under it.
        if (found->second->result().pages.isEmpty()) {
            result.problems.append(
                { PdfProblem::Kind::UnreadableTable, table.id, imagePages.value(table.id), {}, {}, {} });
            continue;
        }
        result.tables.append(found->second->result());
        QStringList codes = found->second->result().itemCodes;
        if (!codes.isEmpty()) {
            std::sort(codes.begin(), codes.end());
            result.data.classRows.insert(table.id, codes);
        }
    }
    const SheetLayout sheets(reportTemplate, result.data.classRows);
    for (const PdfTableRead &table : std::as_const(result.tables)) {
        for (const PrintedCell &cell : table.cells) {
            if (sheets.contains(cell.ref) && sheets.isInput(cell.ref))
                result.data.cells.insert(cell.ref, cell.value);
        }
    }
    if (!result.data.department.name.isEmpty())
        result.data.department.setKind(DepartmentInfo::Kind::Administrative);
    result.narrative = narrativeText(pageLines, layout);
    return result;
}

DocumentData PdfImporter::priorYear(const Document &lastYear, const PdfLayout &layout)
{
    DocumentData data;
    data.templateId = lastYear.data().templateId;
    data.department = lastYear.data().department;
    data.department.year += 1;
    for (auto it = layout.prior.cbegin(); it != layout.prior.cend(); ++it) {
        const CellRef source = CellRef::fromString(it.value());
        if (lastYear.layout().contains(source))
            data.cells.insert(CellRef::fromString(it.key()), lastYear.value(source));
    }
    return data;
}
