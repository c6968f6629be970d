#include "history/historyactions.h"

#include "document/document.h"
#include "editor/appsettings.h"
#include "history/historycompactor.h"
#include "history/historyrecorder.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace {

// Where an earlier version kept the history's own name, before it shared the reviewer's.
const QString OldUserNameKey = QStringLiteral("history/userName");
constexpr int DefaultKeepDays = 90;

} // namespace

HistoryActions::HistoryActions(AppSettings &settings, QWidget *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_parent(parent)
    , m_compact(new QAction(this))
{
    const QString oldName = m_settings.store().value(OldUserNameKey).toString();
    if (m_settings.userName().isEmpty() && !oldName.isEmpty())
        m_settings.setUserName(oldName);
    m_settings.store().remove(OldUserNameKey);
    connect(m_compact, &QAction::triggered, this, &HistoryActions::askCompact);
    m_compact->setEnabled(false);
    retranslate();
}

void HistoryActions::setDocument(Document *document)
{
    m_document = document;
    if (m_document && m_document->history())
        m_document->history()->setUser(m_settings.userName());
    m_compact->setEnabled(m_document && m_document->store() && !m_document->isReadOnly());
}

bool HistoryActions::compact(int keepDays, QString *error)
{
    if (!m_document)
        return false;
    return m_document->replaceHistory(
        HistoryCompactor::compact(m_document->data().history, QDateTime::currentDateTimeUtc(), keepDays),
        error);
}

void HistoryActions::askCompact()
{
    if (!m_document)
        return;
    bool ok = false;
    const int days = QInputDialog::getInt(m_parent, tr("Compact Change History"),
        tr("Keep every change of the last how many days? Older changes are combined into one entry per "
           "cell or item; approvals are kept. No figure or text changes, and this cannot be undone."),
        DefaultKeepDays, 0, 36500, 1, &ok);
    if (!ok)
        return;
    QString error;
    const qsizetype before = m_document->data().history.size();
    if (!compact(days, &error)) {
        QMessageBox::warning(m_parent, tr("Compact Change History"), error);
        return;
    }
    QMessageBox::information(m_parent, tr("Compact Change History"),
        tr("%1 entries before, %2 now.").arg(before).arg(m_document->data().history.size()));
}

void HistoryActions::retranslate()
{
    m_compact->setText(tr("Compact Change &History…"));
}
