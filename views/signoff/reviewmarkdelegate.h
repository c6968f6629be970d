#pragma once

#include <QStyledItemDelegate>

// Draws an entry of the navigation with its review mark at the right: a small coloured badge
// with one character (待 ready for review, 审 approved, 退 returned, 改 modified since approval);
// a draft has none. Left of it, a yellow note with a number counts the open comments.
class ReviewMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's character and colour for a ReviewMark; the legend uses the same.
    static QString badgeText(int mark);
    static QColor badgeColor(int mark);
};
