#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

class TableFormModel;

// Copying, pasting and clearing ranges of a table form the way Excel and WPS users expect:
// tab-separated text with plain numbers out, tab-separated text with separators, full-width
// digits and blanks in. A paste or a clear is one undo step, and a paste that cannot be
// applied completely changes nothing.
namespace TableClipboard {

// `range` is in model rows (y) and columns (x).
QString copy(const TableFormModel &model, const QRect &range);
// Lines of tab-separated cells; a trailing line break (as Excel writes) adds no row.
QList<QStringList> parse(const QString &text);
// Pastes `text` at the top left of `selection`; a single value fills the whole selection.
// On refusal returns false with the reason in `error`.
bool paste(TableFormModel &model, const QRect &selection, const QString &text, QString *error);
// Clears the input cells in `cells`; computed cells in the selection are left alone.
bool clear(TableFormModel &model, const QList<QPoint> &cells, QString *error);

} // namespace TableClipboard
