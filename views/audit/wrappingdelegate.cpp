#include "audit/wrappingdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    // Row heights are cached by the view: measure them again once a column's width settles.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

int WrappingDelegate::availableWidth(const QModelIndex &index) const
{
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == m_view->header()->logicalIndex(0)) {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    return width;
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    // The style wraps only within a valid rectangle; the height it returns is what counts.
    wrapped.rect = QRect(0, 0, qMax(availableWidth(index), 1), 1);
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), m_view);
}
