#include "signoff/reviewmarkdelegate.h"

#include "models/navigationmodel.h"
#include "signoff/reviewstatus.h"

#include <QPainter>

namespace {

int badgeWidth(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 4;
}

} // namespace

QString ReviewMarkDelegate::badgeText(int mark)
{
    switch (ReviewMark(mark)) {
    case ReviewMark::ReadyForReview:
        return tr("R", "badge: ready for review");
    case ReviewMark::Approved:
        return tr("A", "badge: approved");
    case ReviewMark::Returned:
        return tr("!", "badge: returned");
    case ReviewMark::ModifiedSinceApproval:
        return tr("M", "badge: modified since approval");
    case ReviewMark::Draft:
        break;
    }
    return {};
}

QColor ReviewMarkDelegate::badgeColor(int mark)
{
    switch (ReviewMark(mark)) {
    case ReviewMark::ReadyForReview:
        return QColor(0x2f, 0x6f, 0xb8);
    case ReviewMark::Approved:
        return QColor(0x3a, 0x9b, 0x4a);
    case ReviewMark::Returned:
        return QColor(0xd0, 0x3a, 0x2f);
    case ReviewMark::ModifiedSinceApproval:
        return QColor(0xe0, 0x8a, 0x00);
    case ReviewMark::Draft:
        break;
    }
    return {};
}

void ReviewMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant review = index.data(NavigationModel::ReviewRole);
    const QString text = review.isValid() ? badgeText(review.toInt()) : QString();
    const int comments = index.data(NavigationModel::CommentCountRole).toInt();
    if (text.isEmpty() && comments == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem rest = option;
    const int width = badgeWidth(option);
    const int badges = (text.isEmpty() ? 0 : 1) + (comments > 0 ? 1 : 0);
    rest.rect.setRight(option.rect.right() - badges * (width + 2));
    QStyledItemDelegate::paint(painter, rest, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect badge(option.rect.right() - width, option.rect.top() + 2, width - 2, option.rect.height() - 4);
    if (!text.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(review.toInt()));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
        badge.translate(-(width + 2), 0);
    }
    if (comments > 0) {
        // A note with a folded corner, as a spreadsheet marks a comment.
        const QPolygonF note({ badge.topLeft(), QPointF(badge.right() - 4, badge.top()),
                               QPointF(badge.right(), badge.top() + 4), badge.bottomRight(), badge.bottomLeft() });
        painter->setPen(QColor(0x9a, 0x7b, 0x00));
        painter->setBrush(QColor(0xff, 0xd8, 0x4d));
        painter->drawPolygon(note);
        painter->setPen(Qt::black);
        painter->drawText(badge, Qt::AlignCenter, comments > 9 ? QStringLiteral("9+") : QString::number(comments));
    }
    painter->restore();
}

QSize ReviewMarkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(NavigationModel::ReviewRole).isValid())
        size.rwidth() += badgeWidth(option) + 2;
    if (index.data(NavigationModel::CommentCountRole).toInt() > 0)
        size.rwidth() += badgeWidth(option) + 2;
    return size;
}
