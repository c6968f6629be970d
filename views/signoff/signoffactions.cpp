#include "signoff/signoffactions.h"

#include "audit/auditdock.h"
#include "audit/auditrunner.h"
#include "document/document.h"
#include "history/historyrecorder.h"
#include "editor/appsettings.h"
#include "models/navigationmodel.h"
#include "signoff/commenttarget.h"
#include "signoff/reviewmarkdelegate.h"
#include "signoff/reviewpanel.h"
#include "signoff/reviewsteps.h"
#include "signoff/reviewtracker.h"
#include "signoff/signoffrules.h"
#include "signoff/username.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

SignoffActions::SignoffActions(AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_dock(new QDockWidget(window))
    , m_panel(new ReviewPanel(m_dock))
    , m_name(new QAction(this))
{
    m_dock->setObjectName(QStringLiteral("ReviewDock"));
    m_dock->setWidget(m_panel);
    m_dock->installEventFilter(this);
    m_panel->setUser(user());
    connect(m_name, &QAction::triggered, this, &SignoffActions::askName);
    connect(m_panel, &ReviewPanel::targetActivated, this, [this](const QString &target) {
        if (!CommentTarget::isFinding(target))
            emit targetActivated(target);
        else if (m_audit)
            m_audit->showCommentTarget(target);
    });
    retranslate();
}

QString SignoffActions::user() const
{
    return UserName::resolve(m_settings.userName());
}

void SignoffActions::attach(QTreeView *navigation)
{
    m_navigation = navigation;
    navigation->setItemDelegate(new ReviewMarkDelegate(navigation));
    navigation->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(navigation, &QWidget::customContextMenuRequested, this, &SignoffActions::showNavigationMenu);
}

void SignoffActions::setDocument(Document *document)
{
    m_document = document;
    const auto *model = m_navigation ? qobject_cast<NavigationModel *>(m_navigation->model()) : nullptr;
    m_panel->setTracker(document && model ? model->reviewTracker() : nullptr);
    if (document)
        m_panel->setRoles(SignoffRules::fromTemplate(document->reportTemplate()).roles);
}

QMenu *SignoffActions::showNavigationMenu(const QPoint &pos)
{
    const QString entry = m_navigation->indexAt(pos).data(NavigationModel::EntryRole).toString();
    const QStringList sections = m_document ? ReviewSections::ofEntry(*m_document, entry) : QStringList();
    if (sections.isEmpty())
        return nullptr;
    const auto *model = qobject_cast<NavigationModel *>(m_navigation->model());
    const ReviewStatus &status = model->reviewTracker()->status();
    auto *menu = new QMenu(m_navigation);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Review: %1").arg(ReviewStatus::name(status.mark(sections))));
    QList<ReviewState> states;
    for (const QString &section : sections) {
        for (const ReviewState state : ReviewStatus::nextStates(status.mark(section))) {
            if (!states.contains(state))
                states.append(state);
        }
    }
    for (const ReviewState state : std::as_const(states)) {
        QAction *action = menu->addAction(tr("Mark as %1").arg(ReviewStatus::name(state)));
        action->setEnabled(!m_document->isReadOnly());
        connect(action, &QAction::triggered, this, [this, sections, state] {
            QString comment;
            if (state == ReviewState::Returned) {
                bool ok = false;
                comment = QInputDialog::getMultiLineText(m_window, tr("Return for changes"),
                                                         tr("What should be changed?"), {}, &ok);
                if (!ok)
                    return;
            }
            const QString refused = ReviewSteps::changeState(m_document, sections, state, comment, user(),
                                                             QDateTime::currentDateTimeUtc());
            if (!refused.isEmpty())
                QMessageBox::information(m_window, tr("Review"), refused);
        });
    }
    menu->addSeparator();
    QAction *comment = menu->addAction(tr("Add comment…"));
    comment->setEnabled(sections.size() == 1 && !m_document->isReadOnly());
    connect(comment, &QAction::triggered, this, [this, section = sections.constFirst()] {
        askComment(section, tr("Comment on %1:").arg(ReviewSections::title(*m_document, section)));
    });
    menu->popup(m_navigation->viewport()->mapToGlobal(pos));
    return menu;
}

void SignoffActions::commentOnCell(const CellRef &cell)
{
    if (m_document)
        askComment(CommentTarget::ofCell(cell), tr("Comment on cell %1:").arg(CommentTarget::title(*m_document, CommentTarget::ofCell(cell))));
}

void SignoffActions::attachAudit(AuditDock *audit)
{
    m_audit = audit;
    connect(audit, &AuditDock::commentRequested, this, &SignoffActions::commentOnFinding);
    connect(audit, &AuditDock::commentsRequested, this, &SignoffActions::showComments);
    connect(audit->runner(), &AuditRunner::findingsChanged, this,
            [this, audit] { m_panel->setFindings(audit->runner()->findings()); });
}

void SignoffActions::commentOnFinding(const QString &target, const QString &message)
{
    if (m_document)
        askComment(target, tr("Comment on the audit finding:\n%1").arg(message));
}

void SignoffActions::showComments(const QString &target)
{
    m_dock->show();
    m_dock->raise();
    m_panel->selectCommentsOn(target);
}

void SignoffActions::askComment(const QString &target, const QString &prompt)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Add Comment"), prompt, {}, &ok);
    if (!ok)
        return;
    const QString refused = ReviewSteps::addComment(m_document, target, text, user(), QDateTime::currentDateTimeUtc());
    if (!refused.isEmpty())
        QMessageBox::information(m_window, tr("Review"), refused);
}

void SignoffActions::askName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Name"),
                                               tr("Your name, as the change history, review steps, comments and signatures record it:"),
                                               QLineEdit::Normal, m_settings.userName(), &ok);
    if (!ok)
        return;
    m_settings.setUserName(name);
    m_panel->setUser(user());
    // One name for everything recorded: the history's entries follow at once.
    if (m_document && m_document->history())
        m_document->history()->setUser(user());
}

void SignoffActions::retranslate()
{
    m_dock->setWindowTitle(tr("Review and Sign-off"));
    m_name->setText(tr("&Name…"));
}

bool SignoffActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}
