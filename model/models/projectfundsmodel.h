#pragma once

#include "models/projectformmodel.h"

// The 项目资金 block of the selected project's form: 年度资金总额 (derived) and its three sources
// by 年初预算数, 全年预算数 and 全年执行数, then the total row's 分值, 执行率 and 得分. Amounts are
// typed in 万元; a blank amount is unknown, not zero.
class ProjectFundsModel : public ProjectFormModel
{
    Q_OBJECT

public:
    enum Row { TotalRow, AppropriationRow, CarryoverRow, OtherRow, RowCount };
    Q_ENUM(Row)
    enum Column { InitialBudgetColumn, FullBudgetColumn, ExecutedColumn, WeightColumn, RateColumn, ScoreColumn,
                  ColumnCount };
    Q_ENUM(Column)

    explicit ProjectFundsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    void refresh() override;

private:
    QVariant cellText(int row, int column) const;
    bool m_shown = false; // whether the rows are announced to views
};
