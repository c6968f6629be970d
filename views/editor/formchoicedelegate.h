#pragma once

#include <QStyledItemDelegate>

// Edits the indicator table's two choice columns with a combo box (二级指标 kind, comparison),
// so that they are chosen with the keyboard rather than typed; other columns edit as text.
class FormChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
