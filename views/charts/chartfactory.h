#pragma once

#include <memory>

class QChart;
struct ChartData;

// Turns a chart's figures into a Qt Charts chart: amounts in 万元, Chinese labels, and greys
// with hatching so that every slice and bar stays distinguishable in black-and-white print.
// With the chart views and the chart painter, the only code that knows Qt Charts.
namespace ChartFactory {

enum class Medium { Screen, Paper };

std::unique_ptr<QChart> create(const ChartData &data, Medium medium);
// The height in pixels a chart needs on screen for every bar's wrapped name to show in full.
int screenHeight(const ChartData &data);

} // namespace ChartFactory
