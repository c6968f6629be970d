#pragma once

#include <QHeaderView>

// A horizontal header drawn like the heading of an official table: multi-level titles
// (本年支出 → 合计 / 基本支出 / 项目支出) spanning the columns they head, a title without
// sub-titles reaching down to the bottom, and a 栏次 line below. Reads the model's
// TableFormModel::HeaderPathRole and LanciRole.
class GroupedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit GroupedHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList path(int section) const;
    QString lanci(int section) const;
    int levelCount() const;
    bool hasLanci() const;
    int levelHeight() const;
    int lanciHeight() const;
    void paintCell(QPainter &painter, const QRect &rect, const QString &text) const;
};
