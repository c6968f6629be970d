#pragma once

#include "evaluation/projectform.h"
#include "models/projectformmodel.h"

// The 绩效指标 rows of the selected project's form: 一级 (derived from the 二级), 二级, 三级 name,
// the 年度指标值 as comparison, value and unit, the actual value, 分值, 得分 and the deviation
// reason. Scores and weights are points with at most two decimals; a score above its row's
// weight is refused. Every edit, addition and removal is one ChangeProject.
class ProjectIndicatorModel : public ProjectFormModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, CategoryColumn, NameColumn, ComparisonColumn, TargetColumn, UnitColumn,
                  ActualColumn, WeightColumn, ScoreColumn, DeviationColumn, ColumnCount };
    Q_ENUM(Column)
    // CategoryColumn and ComparisonColumn: the choice as an int, for a combo box editor.
    enum Roles { ChoiceRole = Qt::UserRole + 1 };
    Q_ENUM(Roles)

    explicit ProjectIndicatorModel(QObject *parent = nullptr);

    // Adds an empty row of `category` after the last row of that category, so that the rows
    // stay grouped as the form prints them; returns its row, or -1.
    int addIndicator(IndicatorCategory category);
    bool removeIndicator(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    void refresh() override;

private:
    QVariant text(const PerformanceIndicator &indicator, int column) const;
    int m_rowCount = 0; // as last announced to views
};
