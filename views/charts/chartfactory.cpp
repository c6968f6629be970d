#include "charts/chartfactory.h"

#include "charts/barvaluelabels.h"
#include "cjkfont.h"
#include "money/money.h"
#include "report/chartdata.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

namespace ChartFactory {

namespace {

    // Fill styles told apart without colour: grey levels, then hatching.
    QBrush brushFor(int index)
    {
        static const int greys[] = { 60, 150, 215, 110, 245, 185 };
        static const Qt::BrushStyle styles[] = { Qt::SolidPattern, Qt::SolidPattern, Qt::BDiagPattern,
            Qt::SolidPattern, Qt::CrossPattern, Qt::FDiagPattern };
        const int n = int(std::size(greys));
        const int grey = greys[index % n];
        return QBrush(QColor(grey, grey, grey), styles[(index + index / n) % n]);
    }

    // Rounded to the 0.01 万元 the tables show, so that a bar's label matches the table.
    double wanyuan(qint64 fen)
    {
        return double(Money::fromFen(fen).rounded(MoneyUnit::Wanyuan, 2).fen())
            / double(Money::FenPerWanyuan);
    }

    QString amount(qint64 fen)
    {
        return Money::fromFen(fen).format(MoneyUnit::Wanyuan, 2) + QStringLiteral("万元");
    }

    constexpr int ScreenNameLine = 10; // at most so many characters of a bar's name per line on screen

    // A long project name broken into lines of even length that the axis has room for, rather
    // than cut to "…".
    QString wrapped(const QString &name)
    {
        const qsizetype lines = qMax<qsizetype>(1, (name.size() + ScreenNameLine - 1) / ScreenNameLine);
        const qsizetype perLine = (name.size() + lines - 1) / lines;
        QStringList parts;
        for (qsizetype at = 0; at < name.size(); at += perLine)
            parts.append(name.mid(at, perLine).toHtmlEscaped());
        return parts.join(QStringLiteral("<br>"));
    }

    QFont font(Medium medium, qreal points, bool bold = false)
    {
        QFont f = CjkFont::apply(QFont());
        f.setPointSizeF(medium == Medium::Paper ? points : points + 1);
        f.setBold(bold);
        return f;
    }

    void addPie(QChart *chart, const ChartData &data, Medium medium)
    {
        auto *series = new QPieSeries;
        const ChartSeriesData values = data.series.value(0);
        QStringList fullNames;
        for (qsizetype i = 0; i < data.categories.size(); ++i) {
            const qint64 value = values.values.value(i);
            const QString figures = QStringLiteral("%1 占%2").arg(amount(value), data.annotations.value(i));
            fullNames.append(data.categories.at(i) + QLatin1Char(' ') + figures);
            // On screen a name wraps onto lines above its figures instead of being cut to "…".
            auto *slice = series->append(medium == Medium::Screen
                                                 ? wrapped(data.categories.at(i)) + QStringLiteral("<br>") + figures
                                                 : fullNames.constLast(),
                                         wanyuan(value));
            slice->setBrush(brushFor(int(i)));
            slice->setPen(QPen(Qt::black, 1));
        }
        if (data.kind == ChartData::Kind::Donut)
            series->setHoleSize(0.4);
        series->setPieSize(0.85);
        chart->addSeries(series);
        chart->legend()->setFont(font(medium, 8));
        if (medium == Medium::Paper) {
            // Below the pie the legend has the page's width for its long Chinese labels.
            chart->legend()->setAlignment(Qt::AlignBottom);
            return;
        }
        // On screen the wrapped names stand beside the pie, and hovering a slice or its legend
        // entry shows the whole name with its amount and share.
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setShowToolTips(true);
        const auto showName = [fullNames](int index, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), fullNames.value(index));
            else
                QToolTip::hideText();
        };
        const QList<QPieSlice *> slices = series->slices();
        for (qsizetype i = 0; i < slices.size(); ++i)
            QObject::connect(slices.at(i), &QPieSlice::hovered, series, [showName, i](bool entered) { showName(int(i), entered); });
        const QList<QLegendMarker *> markers = chart->legend()->markers(series);
        for (qsizetype i = 0; i < markers.size(); ++i)
            QObject::connect(markers.at(i), &QLegendMarker::hovered, series, [showName, i](bool entered) { showName(int(i), entered); });
    }

    void addBars(QChart *chart, const ChartData &data, Medium medium)
    {
        // The category axis counts from the bottom; reversed, the first category reads at the top.
        const qsizetype count = data.categories.size();
        auto *series = new QHorizontalBarSeries;
        double maximum = 0;
        QList<QList<qint64>> fen;
        for (qsizetype s = 0; s < data.series.size(); ++s) {
            auto *set = new QBarSet(data.series.at(s).name);
            QList<qint64> amounts;
            for (qsizetype i = count - 1; i >= 0; --i) {
                amounts.append(data.series.at(s).values.value(i));
                const double value = wanyuan(amounts.constLast());
                set->append(value);
                maximum = qMax(maximum, value);
            }
            set->setBrush(brushFor(int(s) * 2));
            set->setPen(QPen(Qt::black, 1));
            series->append(set);
            fen.append(amounts);
        }
        series->setBarWidth(0.85);
        chart->addSeries(series);

        QStringList categories;
        for (qsizetype i = count - 1; i >= 0; --i) {
            const QString note = data.annotations.value(i);
            const QString name = medium == Medium::Screen ? wrapped(data.categories.at(i))
                                                          : data.categories.at(i);
            categories.append(note.isEmpty() ? name : name + QLatin1Char(' ') + note);
        }
        // On screen the whole name and every amount show on hover, whatever the axis has room for.
        if (medium == Medium::Screen) {
            QObject::connect(series, &QAbstractBarSeries::hovered, series, [data, count](bool entered, int index) {
                if (!entered) {
                    QToolTip::hideText();
                    return;
                }
                const qsizetype category = count - 1 - index;
                QStringList lines { data.categories.value(category) };
                for (const ChartSeriesData &values : data.series)
                    lines.append(values.name + QStringLiteral("：") + amount(values.values.value(category)));
                QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')));
            });
        }
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        categoryAxis->setLabelsFont(font(medium, 7));
        auto *valueAxis = new QValueAxis;
        valueAxis->setTitleText(QStringLiteral("万元"));
        valueAxis->setTitleFont(font(medium, 7));
        valueAxis->setLabelsFont(font(medium, 7));
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        // Room beyond the longest bar for its label.
        valueAxis->setRange(0, maximum > 0 ? maximum * 1.2 : 1);
        valueAxis->applyNiceNumbers();
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        new BarValueLabels(chart, series, fen, font(medium, 6.5));
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->legend()->setFont(font(medium, 8));
    }

} // namespace

int screenHeight(const ChartData &data)
{
    if (data.kind != ChartData::Kind::Bars) {
        // Per slice its name's lines and a line of figures in the legend, plus the title.
        int height = 80;
        for (const QString &name : data.categories)
            height += int((name.size() + ScreenNameLine - 1) / ScreenNameLine + 1) * 16 + 8;
        return qMax(height, 340);
    }
    // Per category its name's lines or its bars, whichever is taller, plus title, legend and axis.
    int height = 130;
    for (const QString &name : data.categories) {
        const int lines = int((name.size() + ScreenNameLine - 1) / ScreenNameLine);
        height += qMax(lines * 17, int(data.series.size()) * 14) + 10;
    }
    return qMax(height, 340);
}

std::unique_ptr<QChart> create(const ChartData &data, Medium medium)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    // Axis ticks with thousands separators, like every amount in the tables.
    chart->setLocale(QLocale(QLocale::Chinese, QLocale::China));
    chart->setLocalizeNumbers(true);
    chart->setDropShadowEnabled(false);
    if (medium == Medium::Paper)
        chart->setBackgroundPen(Qt::NoPen);
    chart->setTitle(data.title);
    chart->setTitleFont(font(medium, 9.5, true));
    if (data.kind == ChartData::Kind::Pie || data.kind == ChartData::Kind::Donut)
        addPie(chart.get(), data, medium);
    else
        addBars(chart.get(), data, medium);
    return chart;
}

} // namespace ChartFactory
