#pragma once

#include <QFont>
#include <QList>
#include <QObject>

class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;

// Writes each lying bar's amount at its end in the tables' 万元 format ("2,087.00", rounded half
// up from fen): Qt Charts' own labels print doubles without thousands separators or fixed
// decimals. The labels follow the bars whenever the chart lays out its plot area again.
class BarValueLabels : public QObject
{
    Q_OBJECT

public:
    // `fen` holds one list per bar set, in the set's category order. The chart owns the labels.
    BarValueLabels(QChart *chart, QAbstractBarSeries *series, const QList<QList<qint64>> &fen, const QFont &font);

    // The labels' texts, set by set, each set in its category order.
    QStringList texts() const;
    QList<QGraphicsSimpleTextItem *> items() const;

private:
    void place();

    QChart *m_chart;
    QAbstractBarSeries *m_series;
    QList<QList<QGraphicsSimpleTextItem *>> m_labels; // [set][category]
};
