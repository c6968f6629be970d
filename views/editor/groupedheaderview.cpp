#include "editor/groupedheaderview.h"

#include "models/tableformmodel.h"

#include <QPainter>

GroupedHeaderView::GroupedHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
}

QStringList GroupedHeaderView::path(int section) const
{
    return model() ? model()->headerData(section, orientation(), TableFormModel::HeaderPathRole).toStringList()
                   : QStringList();
}

QString GroupedHeaderView::lanci(int section) const
{
    return model() ? model()->headerData(section, orientation(), TableFormModel::LanciRole).toString() : QString();
}

int GroupedHeaderView::levelCount() const
{
    qsizetype levels = 1;
    for (int section = 0; section < count(); ++section)
        levels = std::max(levels, path(section).size());
    return int(levels);
}

bool GroupedHeaderView::hasLanci() const
{
    for (int section = 0; section < count(); ++section) {
        if (!lanci(section).isEmpty())
            return true;
    }
    return false;
}

int GroupedHeaderView::levelHeight() const
{
    // Two text lines, so that long titles such as 对附属单位补助支出 wrap instead of widening columns.
    return fontMetrics().lineSpacing() * 2 + 8;
}

int GroupedHeaderView::lanciHeight() const
{
    return hasLanci() ? fontMetrics().lineSpacing() + 6 : 0;
}

QSize GroupedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(levelCount() * levelHeight() + lanciHeight());
    return size;
}

void GroupedHeaderView::paintCell(QPainter &painter, const QRect &rect, const QString &text) const
{
    painter.fillRect(rect, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(rect.topRight(), rect.bottomRight());
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect.adjusted(3, 2, -3, -2), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void GroupedHeaderView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().window());
    const int levels = levelCount();
    const int height = levelHeight();
    QList<int> visible;
    for (int section = 0; section < count(); ++section) {
        if (!isSectionHidden(section))
            visible.append(section);
    }
    const auto left = [this](int section) { return sectionViewportPosition(section); };
    const auto right = [this](int section) { return sectionViewportPosition(section) + sectionSize(section) - 1; };
    for (int level = 0; level < levels; ++level) {
        for (qsizetype i = 0; i < visible.size();) {
            const QStringList first = path(visible.at(i));
            if (first.size() <= level) {
                ++i;
                continue;
            }
            // Adjacent columns under the same title at this level form one cell.
            qsizetype j = i + 1;
            while (j < visible.size() && path(visible.at(j)).mid(0, level + 1) == first.mid(0, level + 1))
                ++j;
            const bool leaf = j == i + 1 && first.size() == level + 1;
            const int bottom = leaf ? levels * height : (level + 1) * height;
            paintCell(painter, QRect(QPoint(left(visible.at(i)), level * height), QPoint(right(visible.at(j - 1)), bottom - 1)),
                      first.at(level));
            i = j;
        }
    }
    if (lanciHeight() > 0) {
        for (const int section : std::as_const(visible)) {
            paintCell(painter, QRect(QPoint(left(section), levels * height),
                                     QPoint(right(section), levels * height + lanciHeight() - 1)),
                      lanci(section));
        }
    }
}
