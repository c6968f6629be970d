#include "review/reviewworkbook.h"

#include "review/reviewreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <iterator>

#include <xlsxwriter.h>

namespace ReviewWorkbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewWorkbook", text);
}

void writeSheet(lxw_workbook *workbook, const QList<ReviewRow> &rows)
{
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Review").toUtf8().constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xEDEDED);
    format_set_border(header, LXW_BORDER_THIN);
    static const double widths[] = { 36, 14, 30, 8, 24, 8, 8, 12, 12, 20, 18, 60 };
    static_assert(std::size(widths) == ReviewRow::ColumnCount);
    for (int c = 0; c < ReviewRow::ColumnCount; ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), ReviewRow::columnTitle(c).toUtf8().constData(), header);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const lxw_row_t at = lxw_row_t(r + 1);
        for (int c = 0; c < ReviewRow::ColumnCount; ++c) {
            if (const std::optional<int> number = ReviewReport::number(rows.at(r), c)) {
                worksheet_write_number(sheet, at, lxw_col_t(c), *number, nullptr);
                continue;
            }
            const QString text = ReviewReport::cellText(rows.at(r), c);
            if (!text.isEmpty())
                worksheet_write_string(sheet, at, lxw_col_t(c), text.toUtf8().constData(), nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), ReviewRow::ColumnCount - 1);
}

} // namespace

bool write(const QList<ReviewRow> &rows, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("Cannot write %1: %2").arg(shown, scratch.errorString());
        return false;
    }
    const QString partial = scratch.filePath(QStringLiteral("review.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        *error = tr("Cannot write %1.").arg(shown);
        return false;
    }
    writeSheet(workbook, rows);
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = tr("Cannot write %1: %2").arg(shown, QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile written(partial);
    QSaveFile target(path);
    if (!written.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shown, target.errorString());
        return false;
    }
    const QByteArray bytes = written.readAll();
    if (target.write(bytes) != bytes.size() || !target.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, target.errorString());
        return false;
    }
    return true;
}

} // namespace ReviewWorkbook
