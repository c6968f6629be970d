#pragma once

#include <QString>

class QFont;

// Picks a font that really has Chinese glyphs, so that the editor and the printed document
// never fall back to boxes. WenQuanYi Micro Hei is preferred where present: with Noto CJK,
// Qt 6.4 writes a wrong text layer into PDFs.
namespace CjkFont {

// The family to use, or an empty string when the system has no Chinese font at all.
QString family();
// `base` with the Chinese family set, keeping its size and weight.
QFont apply(const QFont &base);
// True when every character of `text` has a glyph in `font`.
bool covers(const QFont &font, const QString &text);

} // namespace CjkFont
