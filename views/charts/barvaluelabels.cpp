#include "charts/barvaluelabels.h"

#include "money/money.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>

BarValueLabels::BarValueLabels(QChart *chart, QAbstractBarSeries *series, const QList<QList<qint64>> &fen,
                               const QFont &font)
    : QObject(chart), m_chart(chart), m_series(series)
{
    for (const QList<qint64> &set : fen) {
        QList<QGraphicsSimpleTextItem *> labels;
        for (const qint64 value : set) {
            auto *label = new QGraphicsSimpleTextItem(Money::fromFen(value).format(MoneyUnit::Wanyuan, 2), chart);
            label->setFont(font);
            label->setZValue(10); // above the bars and the grid
            labels.append(label);
        }
        m_labels.append(labels);
    }
    connect(chart, &QChart::plotAreaChanged, this, &BarValueLabels::place);
    place();
}

QStringList BarValueLabels::texts() const
{
    QStringList texts;
    for (const auto &set : m_labels) {
        for (const QGraphicsSimpleTextItem *label : set)
            texts.append(label->text());
    }
    return texts;
}

QList<QGraphicsSimpleTextItem *> BarValueLabels::items() const
{
    QList<QGraphicsSimpleTextItem *> items;
    for (const auto &set : m_labels)
        items += set;
    return items;
}

void BarValueLabels::place()
{
    // A category c spans c ± 0.5 on the category axis; its bars share the series' bar width
    // in set order, the first set lowest.
    const qreal sets = qMax<qsizetype>(m_labels.size(), 1);
    const qreal width = m_series->barWidth();
    for (qsizetype s = 0; s < m_labels.size(); ++s) {
        const QList<QGraphicsSimpleTextItem *> &labels = m_labels.at(s);
        for (qsizetype c = 0; c < labels.size(); ++c) {
            QGraphicsSimpleTextItem *label = labels.at(c);
            const qreal centre = qreal(c) - width / 2 + (qreal(s) + 0.5) * width / sets;
            const qreal end = m_series->barSets().at(s)->at(c);
            const QPointF at = m_chart->mapToPosition(QPointF(end, centre), m_series);
            const QRectF box = label->boundingRect();
            label->setPos(at.x() + 3, at.y() - box.height() / 2);
        }
    }
}
