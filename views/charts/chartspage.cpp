#include "charts/chartspage.h"

#include "charts/chartfactory.h"
#include "document/document.h"
#include "report/disclosurecharts.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    m_grid = new QGridLayout(content);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

ChartsPage::~ChartsPage() = default;

Document *ChartsPage::document() const
{
    return m_document;
}

void ChartsPage::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (document) {
        m_connections = {
            connect(document, &Document::cellsChanged, this, &ChartsPage::scheduleRefresh),
            connect(document, &Document::layoutChanged, this, &ChartsPage::scheduleRefresh),
            connect(document, &Document::departmentChanged, this, &ChartsPage::scheduleRefresh),
            connect(document, &Document::projectInserted, this, &ChartsPage::scheduleRefresh),
            connect(document, &Document::projectRemoved, this, &ChartsPage::scheduleRefresh),
            connect(document, &Document::projectChanged, this, &ChartsPage::scheduleRefresh),
        };
    }
    refresh();
}

void ChartsPage::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ChartsPage::refresh);
}

void ChartsPage::refresh()
{
    m_refreshPending = false;
    const QList<ChartData> charts = m_document ? DisclosureCharts::build(*m_document) : QList<ChartData>();
    while (m_views.size() > charts.size())
        delete m_views.takeLast();
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (i == m_views.size()) {
            auto *view = new QChartView(this);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumSize(480, 340);
            // One chart a row: two side by side leave neither its names at 1366×768.
            m_grid->addWidget(view, int(i), 0);
            m_views.append(view);
        }
        m_views.at(i)->setMinimumHeight(ChartFactory::screenHeight(charts.at(i)));
        QChart *previous = m_views.at(i)->chart();
        // The view takes the new chart and gives the old one back to us.
        m_views.at(i)->setChart(ChartFactory::create(charts.at(i), ChartFactory::Medium::Screen).release());
        delete previous;
    }
}
