#include "editor/formchoicedelegate.h"

#include "evaluation/formterms.h"
#include "models/projectindicatormodel.h"

#include <QComboBox>

namespace {

bool isChoice(const QModelIndex &index)
{
    return index.column() == ProjectIndicatorModel::CategoryColumn
            || index.column() == ProjectIndicatorModel::ComparisonColumn;
}

} // namespace

QWidget *FormChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (!isChoice(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    if (index.column() == ProjectIndicatorModel::CategoryColumn) {
        for (int i = 0; i < IndicatorCategoryCount; ++i) {
            const IndicatorCategory category = IndicatorCategory(i);
            combo->addItem(FormTerms::groupName(groupOf(category)) + QStringLiteral(" · ")
                           + FormTerms::categoryName(category));
        }
    } else {
        for (int i = 0; i < ComparisonCount; ++i)
            combo->addItem(comparisonSymbol(Comparison(i)));
    }
    return combo;
}

void FormChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && isChoice(index))
        combo->setCurrentIndex(index.data(ProjectIndicatorModel::ChoiceRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FormChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && isChoice(index))
        model->setData(index, combo->currentIndex(), ProjectIndicatorModel::ChoiceRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
