#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Sizes a tree view's rows so that each text wraps within what its column leaves it after the
// indentation: QTreeView measures a row before knowing that width, so a narrow dock would cut
// its messages to one line.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int availableWidth(const QModelIndex &index) const;

    QTreeView *m_view;
};
