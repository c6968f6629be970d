#include "exchange/xlsxexport.h"

#include "document/document.h"
#include "exchange/xlsxformsheet.h"
#include "exchange/xlsxtablesheet.h"
#include "models/tablegrid.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <array>
#include <memory>

namespace {

// Excel keeps at most this many characters in a cell.
constexpr qsizetype CellTextLimit = 32767;

struct Formats
{
    lxw_format *number = nullptr;
    lxw_format *title = nullptr;
    lxw_format *plain = nullptr;
    lxw_format *right = nullptr;
    lxw_format *header = nullptr;
    lxw_format *label[4] = {};
    lxw_format *code = nullptr;
    lxw_format *input = nullptr;
    lxw_format *derived = nullptr;
    lxw_format *countInput = nullptr;
    lxw_format *countDerived = nullptr;
    lxw_format *wrap = nullptr;

    Formats(lxw_workbook *workbook, int decimals)
    {
        const QByteArray amount = "#,##0" + (decimals > 0 ? "." + QByteArray(decimals, '0') : QByteArray());
        const auto bordered = [&] {
            lxw_format *format = workbook_add_format(workbook);
            format_set_border(format, LXW_BORDER_THIN);
            format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
            return format;
        };
        number = workbook_add_format(workbook);
        format_set_align(number, LXW_ALIGN_RIGHT);
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        plain = workbook_add_format(workbook);
        right = workbook_add_format(workbook);
        format_set_align(right, LXW_ALIGN_RIGHT);
        header = bordered();
        format_set_bold(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_text_wrap(header);
        format_set_bg_color(header, 0xEDEDED);
        for (int i = 0; i < 4; ++i) {
            label[i] = bordered();
            format_set_indent(label[i], uint8_t(i));
        }
        code = bordered();
        input = bordered();
        format_set_num_format(input, amount.constData());
        derived = bordered();
        format_set_num_format(derived, amount.constData());
        format_set_bg_color(derived, 0xF2F2F2);
        countInput = bordered();
        format_set_num_format(countInput, "0");
        countDerived = bordered();
        format_set_num_format(countDerived, "0");
        format_set_bg_color(countDerived, 0xF2F2F2);
        wrap = workbook_add_format(workbook);
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    }
};

QByteArray utf8(const QString &text)
{
    return text.left(CellTextLimit).toUtf8();
}

// Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const TableDef &def, QSet<QString> *taken)
{
    QString name = def.number.isEmpty() ? def.title : def.number;
    for (const QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        name.replace(bad, QLatin1Char('_'));
    name = name.left(31);
    for (int n = 2; taken->contains(name); ++n)
        name = name.left(28) + QLatin1Char('_') + QString::number(n);
    taken->insert(name);
    return name;
}

class WorkbookWriter
{
public:
    WorkbookWriter(const Document &document, lxw_workbook *workbook)
        : m_document(document), m_workbook(workbook), m_formats(workbook, document.reportTemplate().display().decimals)
    {
        QSet<QString> taken { XlsxExport::infoSheetName(), XlsxExport::textsSheetName(),
                              XlsxFormSheet::title(), XlsxExport::figuresSheetName() };
        for (const LayoutTable &table : document.layout().tables()) {
            m_sheets.emplace_back(std::make_unique<XlsxTableSheet>(table));
            m_names.append(sheetName(*table.def, &taken));
        }
    }

    void writeAll()
    {
        writeInfo();
        for (size_t i = 0; i < m_sheets.size(); ++i)
            writeTable(*m_sheets.at(i), m_names.at(qsizetype(i)));
        writeTexts();
        XlsxFormSheet::write(m_workbook, m_document.data().projects, m_document.reportTemplate().gradeBands(),
                             m_document.reportTemplate().display(), m_document.data().department.year);
        writeFigures();
    }

private:
    double amount(qint64 fen) const
    {
        return double(fen) / double(Money::fenPerUnit(m_document.reportTemplate().display().unit));
    }

    // The formula of a derived cell over the sheet cells of its terms, or empty when a term is
    // not on any sheet (the value is then written as a number).
    QString formula(const CellRef &ref, const QString &ownSheet) const
    {
        const CellFormula f = m_document.layout().formula(ref);
        if (f.terms.isEmpty())
            return QString();
        QString text = QStringLiteral("=");
        for (qsizetype i = 0; i < f.terms.size(); ++i) {
            const CellFormula::Term &term = f.terms.at(i);
            const auto [sheet, position] = locate(term.ref);
            if (!position)
                return QString();
            if (term.sign < 0)
                text += QLatin1Char('-');
            else if (i > 0)
                text += QLatin1Char('+');
            if (sheet != ownSheet)
                text += QLatin1Char('\'') + sheet + QStringLiteral("'!");
            text += XlsxTableSheet::cellName(position->first, position->second);
        }
        return text;
    }

    std::pair<QString, std::optional<std::pair<int, int>>> locate(const CellRef &ref) const
    {
        for (size_t i = 0; i < m_sheets.size(); ++i) {
            if (m_sheets.at(i)->table().def->id == ref.sheet)
                return { m_names.at(qsizetype(i)), m_sheets.at(i)->position(ref) };
        }
        return { QString(), std::nullopt };
    }

    void writeTable(const XlsxTableSheet &sheet, const QString &name)
    {
        const LayoutTable &table = sheet.table();
        const DisplaySettings &display = m_document.reportTemplate().display();
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, utf8(name).constData());
        const int last = sheet.columnCount() - 1;
        worksheet_write_string(ws, XlsxTableSheet::NumberRow, lxw_col_t(last), utf8(table.def->number).constData(), m_formats.right);
        merge(ws, { table.def->title, XlsxTableSheet::TitleRow, XlsxTableSheet::TitleRow, 0, last }, m_formats.title);
        worksheet_write_string(ws, XlsxTableSheet::UnitRow, 0,
                               utf8(SheetWords::preparer() + m_document.data().department.name).constData(), m_formats.plain);
        worksheet_write_string(ws, XlsxTableSheet::UnitRow, lxw_col_t(last),
                               utf8(SheetWords::unit() + Money::unitName(display.unit)).constData(), m_formats.right);
        for (const XlsxTableSheet::HeaderCell &cell : sheet.headerCells())
            merge(ws, cell, m_formats.header);
        if (sheet.lanciRow() >= 0)
            writeLanci(ws, sheet);

        const TableGrid &grid = sheet.grid();
        for (int c = 0; c < grid.columnCount(); ++c) {
            const TableGrid::ColumnKind kind = grid.column(c).kind;
            const double width = kind == TableGrid::ColumnKind::Name ? 36 : (kind == TableGrid::ColumnKind::Code ? 11 : 14);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
        for (int line = 0; line < grid.lineCount(); ++line) {
            const lxw_row_t at = lxw_row_t(sheet.firstDataRow() + line);
            for (int c = 0; c < grid.columnCount(); ++c) {
                const LayoutRow *row = grid.rowAt(line, c);
                if (!row)
                    continue; // this block has no row on this line
                switch (grid.column(c).kind) {
                case TableGrid::ColumnKind::Code:
                    worksheet_write_string(ws, at, lxw_col_t(c), utf8(row->code).constData(), m_formats.code);
                    break;
                case TableGrid::ColumnKind::Name:
                    worksheet_write_string(ws, at, lxw_col_t(c), utf8(row->label).constData(), m_formats.label[qBound(0, row->indent, 3)]);
                    break;
                case TableGrid::ColumnKind::Value:
                    writeValue(ws, sheet, name, grid.cellAt(line, c), row->type);
                    break;
                }
            }
        }
        worksheet_freeze_panes(ws, lxw_row_t(sheet.firstDataRow()), 0);
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
    }

    // The 栏次 row; 栏次 itself stands under the code and name columns, merged over both.
    void writeLanci(lxw_worksheet *ws, const XlsxTableSheet &sheet)
    {
        const int row = sheet.lanciRow();
        const TableGrid &grid = sheet.grid();
        for (int c = 0; c < grid.columnCount(); ++c) {
            const bool codeBeforeName = grid.column(c).kind == TableGrid::ColumnKind::Code && c + 1 < grid.columnCount();
            const QString text = codeBeforeName ? grid.column(c + 1).lanci : grid.column(c).lanci;
            merge(ws, { text, row, row, c, codeBeforeName ? c + 1 : c }, m_formats.header);
            c += codeBeforeName ? 1 : 0;
        }
    }

    void writeValue(lxw_worksheet *ws, const XlsxTableSheet &sheet, const QString &name, const CellRef &ref, ValueType type)
    {
        const auto position = sheet.position(ref);
        const lxw_row_t row = lxw_row_t(position->first);
        const lxw_col_t col = lxw_col_t(position->second);
        const bool count = type == ValueType::Count;
        const qint64 value = m_document.value(ref);
        const double shown = count ? double(value) : amount(value);
        if (m_document.layout().isInput(ref)) {
            lxw_format *format = count ? m_formats.countInput : m_formats.input;
            if (m_document.data().cells.contains(ref))
                worksheet_write_number(ws, row, col, shown, format);
            else
                worksheet_write_blank(ws, row, col, format); // unknown is not zero
            return;
        }
        lxw_format *format = count ? m_formats.countDerived : m_formats.derived;
        const QString text = formula(ref, name);
        if (text.isEmpty())
            worksheet_write_number(ws, row, col, shown, format);
        else
            worksheet_write_formula_num(ws, row, col, utf8(text).constData(), format, shown);
    }

    void merge(lxw_worksheet *ws, const XlsxTableSheet::HeaderCell &cell, lxw_format *format)
    {
        const QByteArray text = utf8(cell.text);
        if (cell.top == cell.bottom && cell.left == cell.right)
            worksheet_write_string(ws, lxw_row_t(cell.top), lxw_col_t(cell.left), text.constData(), format);
        else
            worksheet_merge_range(ws, lxw_row_t(cell.top), lxw_col_t(cell.left), lxw_row_t(cell.bottom),
                                  lxw_col_t(cell.right), text.constData(), format);
    }

    lxw_worksheet *listSheet(const QString &name, const QStringList &headers, const QList<double> &widths)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, utf8(name).constData());
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), utf8(headers.at(c)).constData(), m_formats.header);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
        }
        worksheet_freeze_panes(ws, 1, 0);
        return ws;
    }

    void writeString(lxw_worksheet *ws, int row, int column, const QString &text, lxw_format *format = nullptr)
    {
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column), utf8(text).constData(), format ? format : m_formats.wrap);
    }

    void writeInfo()
    {
        const DepartmentInfo &department = m_document.data().department;
        QStringList units;
        for (const BudgetUnit &unit : department.units)
            units.append(unit.toLine());
        lxw_worksheet *ws = listSheet(XlsxExport::infoSheetName(), { QStringLiteral("键"), QStringLiteral("项目"), QStringLiteral("内容") }, { 12, 16, 60 });
        const QList<std::array<QString, 3>> rows {
            { QStringLiteral("department"), QStringLiteral("部门名称"), department.name },
            { QStringLiteral("code"), QStringLiteral("部门编码"), department.code },
            { QStringLiteral("kind"), QStringLiteral("单位性质"), DepartmentInfo::kindName(department.kind()) },
            { QStringLiteral("year"), QStringLiteral("年度"), QString::number(department.year) },
            { QStringLiteral("template"), QStringLiteral("模板"), m_document.reportTemplate().id() },
            { QStringLiteral("units"), QStringLiteral("所属单位"), units.join(QLatin1Char('\n')) },
        };
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < 3; ++c)
                writeString(ws, r + 1, c, rows.at(r).at(size_t(c)));
        }
    }

    void writeTexts()
    {
        lxw_worksheet *ws = listSheet(XlsxExport::textsSheetName(), { QStringLiteral("键"), QStringLiteral("标题"), QStringLiteral("内容") }, { 24, 24, 90 });
        QHash<QString, QString> titles;
        for (const TextSlot &slot : m_document.reportTemplate().texts())
            titles.insert(slot.key, slot.title);
        int row = 1;
        for (auto it = m_document.data().texts.cbegin(); it != m_document.data().texts.cend(); ++it, ++row) {
            writeString(ws, row, 0, it.key());
            writeString(ws, row, 1, titles.value(it.key()));
            writeString(ws, row, 2, it.value());
        }
    }

    void writeFigures()
    {
        QString error;
        const auto wording = NarrativeTemplate::forTemplate(m_document.reportTemplate(), &error);
        if (!wording)
            return; // a template without wording has no narrative and so no figures
        const NarrativeText text = NarrativeGenerator::generate(*wording, m_document);
        lxw_worksheet *ws = listSheet(XlsxExport::figuresSheetName(),
                                      { QStringLiteral("序号"), QStringLiteral("所在部分"), QStringLiteral("文中数字"), QStringLiteral("计算过程") },
                                      { 6, 40, 18, 90 });
        QString heading;
        int row = 1;
        for (const NarrativeBlock &block : text.blocks) {
            if (block.kind != NarrativeBlock::Kind::Paragraph) {
                heading = block.plainText();
                continue;
            }
            for (const NarrativeRun &run : block.runs) {
                if (run.kind != NarrativeRun::Kind::Figure || run.figure < 0 || run.figure >= text.figures.size())
                    continue;
                worksheet_write_number(ws, lxw_row_t(row), 0, row, nullptr);
                writeString(ws, row, 1, heading);
                writeString(ws, row, 2, run.text, m_formats.number);
                writeString(ws, row, 3, text.figures.at(run.figure).explanation);
                ++row;
            }
        }
    }

    const Document &m_document;
    lxw_workbook *m_workbook;
    Formats m_formats;
    std::vector<std::unique_ptr<XlsxTableSheet>> m_sheets;
    QStringList m_names;
};

} // namespace

namespace XlsxExport {

bool write(const Document &document, const QString &path, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!partial.open()) {
        *error = QCoreApplication::translate("XlsxExport", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), partial.errorString());
        return false;
    }
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    lxw_workbook *workbook = workbook_new(partialName.constData());
    if (!workbook) {
        *error = QCoreApplication::translate("XlsxExport", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    WorkbookWriter(document, workbook).writeAll();
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = QCoreApplication::translate("XlsxExport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    if (target.exists() && !QFile::remove(path)) {
        *error = QCoreApplication::translate("XlsxExport", "Cannot replace %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!partial.rename(path)) {
        *error = QCoreApplication::translate("XlsxExport", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), partial.errorString());
        return false;
    }
    partial.setAutoRemove(false);
    // The temporary file was private to us; the workbook is an ordinary document.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

} // namespace XlsxExport
