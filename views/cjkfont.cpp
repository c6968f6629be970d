#include "cjkfont.h"

#include <QFont>
#include <QFontDatabase>
#include <QTextLayout>

namespace CjkFont {

QString family()
{
    static const char *const preferred[] = { "WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun", "SimHei",
                                             "Source Han Sans SC", "Droid Sans Fallback" };
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const char *name : preferred) {
        if (families.contains(QLatin1String(name)))
            return QLatin1String(name);
    }
    for (const QString &candidate : families) {
        if (!candidate.contains(QLatin1String("Noto"), Qt::CaseInsensitive))
            return candidate;
    }
    return families.value(0);
}

QFont apply(const QFont &base)
{
    QFont font = base;
    const QString chinese = family();
    if (!chinese.isEmpty())
        font.setFamilies({ chinese });
    return font;
}

bool covers(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun &run : layout.glyphRuns()) {
        for (const quint32 glyph : run.glyphIndexes()) {
            if (glyph == 0)
                return false;
        }
    }
    return !text.isEmpty();
}

} // namespace CjkFont
