#include "history/historyactions.h"

#include "document/document.h"
#include "history/historycompactor.h"
#include "history/historyrecorder.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace {

const QString UserNameKey = QStringLiteral("history/userName");
constexpr int DefaultKeepDays = 90;

} // namespace

HistoryActions::HistoryActions(QSettings &settings, QWidget *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_parent(parent)
    , m_userName(new QAction(this))
    , m_compact(new QAction(this))
{
    connect(m_userName, &QAction::triggered, this, &HistoryActions::askUserName);
    connect(m_compact, &QAction::triggered, this, &HistoryActions::askCompact);
    m_compact->setEnabled(false);
    retranslate();
}

void HistoryActions::setDocument(Document *document)
{
    m_document = document;
    if (m_document && m_document->history())
        m_document->history()->setUser(userName());
    m_compact->setEnabled(m_document && m_document->store() && !m_document->isReadOnly());
}

QString HistoryActions::userName() const
{
    return m_settings.value(UserNameKey).toString();
}

void HistoryActions::setUserName(const QString &name)
{
    m_settings.setValue(UserNameKey, name.trimmed());
    if (m_document && m_document->history())
        m_document->history()->setUser(name);
}

bool HistoryActions::compact(int keepDays, QString *error)
{
    if (!m_document)
        return false;
    return m_document->replaceHistory(
        HistoryCompactor::compact(m_document->data().history, QDateTime::currentDateTimeUtc(), keepDays),
        error);
}

void HistoryActions::askUserName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Your Name"),
        tr("The change history records your edits under this name (empty: the computer's user name, %1):")
            .arg(HistoryRecorder::systemUser()),
        QLineEdit::Normal, userName(), &ok);
    if (ok)
        setUserName(name);
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
    m_userName->setText(tr("Your &Name…"));
    m_compact->setText(tr("Compact Change &History…"));
}
