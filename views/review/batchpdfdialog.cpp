#include "review/batchpdfdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

BatchPdfDialog::BatchPdfDialog(const TemplateLibrary &library, QWidget *parent)
    : QProgressDialog(parent), m_library(library)
{
    setObjectName(QStringLiteral("BatchPdfDialog"));
    setWindowTitle(tr("Batch PDF"));
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(300);
    connect(&m_watcher, &QFutureWatcher<BatchPdf::Outcome>::resultReadyAt, this, [this](int index) {
        m_outcomes.append(m_watcher.resultAt(index));
        setValue(int(m_outcomes.size()));
        setLabelText(tr("%1 of %2 documents done: %3")
                             .arg(m_outcomes.size())
                             .arg(m_total)
                             .arg(QDir::toNativeSeparators(m_outcomes.constLast().output)));
    });
    connect(&m_watcher, &QFutureWatcher<BatchPdf::Outcome>::finished, this, [this] {
        hide();
        emit done();
    });
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_watcher.cancel();
    });
}

BatchPdfDialog::~BatchPdfDialog()
{
    // The jobs use the library and draw their charts on this thread: they end first.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.cancel();
    while (m_watcher.isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void BatchPdfDialog::start(const QList<BatchPdf::Job> &jobs, bool final)
{
    m_outcomes.clear();
    m_total = int(jobs.size());
    setRange(0, m_total);
    setValue(0);
    setLabelText(tr("Writing %n PDF(s)…", nullptr, m_total));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(BatchPdf::start(jobs, m_library, final, &m_pool, m_cancel));
}

QString BatchPdfDialog::summary() const
{
    QStringList lines;
    int written = 0;
    for (const BatchPdf::Outcome &outcome : m_outcomes) {
        if (outcome.error.isEmpty())
            ++written;
        else
            lines.append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(outcome.input), outcome.error));
    }
    lines.prepend(tr("%1 of %n PDF(s) written.", nullptr, m_total).arg(written));
    if (m_watcher.isCanceled())
        lines.append(tr("Cancelled: %n document(s) were not exported; no file was left half written.", nullptr,
                        m_total - int(m_outcomes.size())));
    return lines.join(QLatin1Char('\n'));
}
