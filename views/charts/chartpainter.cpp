#include "charts/chartpainter.h"

#include "charts/chartfactory.h"
#include "report/chartdata.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QThread>

namespace ChartPainter {

namespace {

void paintHere(const ChartData &data, QPainter *painter, const QRectF &target)
{
    // Laid out at a fixed logical width so that fonts and spacing look the same at every
    // resolution; the scene scales it into the target.
    const qreal width = 720;
    const QRectF source(0, 0, width, width * target.height() / target.width());
    QGraphicsScene scene;
    std::unique_ptr<QChart> chart = ChartFactory::create(data, ChartFactory::Medium::Paper);
    QChart *item = chart.release(); // the scene owns it from here
    scene.addItem(item);
    item->setGeometry(source);
    scene.setSceneRect(source);
    painter->save();
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace

void paint(const ChartData &data, QPainter *painter, const QRectF &target)
{
    // A chart is a graphics item in a scene, which registers with the application and may only
    // live on its thread. A page painted on another thread (batch PDF) has its charts drawn
    // there, into its painter, while it waits; everything else of the page stays on its thread.
    QCoreApplication *application = QCoreApplication::instance();
    if (application && QThread::currentThread() != application->thread()) {
        QMetaObject::invokeMethod(
                application, [&] { paintHere(data, painter, target); }, Qt::BlockingQueuedConnection);
        return;
    }
    paintHere(data, painter, target);
}

} // namespace ChartPainter
