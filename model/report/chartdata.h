#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One series of a chart: a name for the legend and one amount (in fen) per category.
struct ChartSeriesData {
    QString name;
    QList<qint64> values;
};

// The figures of one chart as plain data, built from a document: what the chart views draw on
// screen and what the printed disclosure draws on paper.
struct ChartData {
    enum class Kind {
        Pie, // one series; categories are the slices
        Donut, // the same with a hole
        Bars // lying bars (room for long Chinese names), a group per category, a bar per series
    };

    QString id; // stable, from the profile
    QString title;
    QString after; // the printout places the chart after the section whose heading starts with these words
    Kind kind = Kind::Pie;
    QStringList categories;
    QList<ChartSeriesData> series;
    // Per category, a line shown under its name (a share or a completion rate); may be empty.
    QStringList annotations;
    // Set when the profile says the chart would not show its figures (a pie with a sliver): the
    // sentence the printout states instead of drawing it.
    QString statedInWords;

    // True when every value is zero: nothing worth drawing.
    bool isEmpty() const;
};
