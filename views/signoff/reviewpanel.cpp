#include "signoff/reviewpanel.h"

#include "audit/finding.h"
#include "document/document.h"
#include "signoff/commenttarget.h"
#include "signoff/reviewsteps.h"
#include "signoff/reviewtracker.h"
#include "signoff/signdialog.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTreeWidget *list(QWidget *parent, int columns, QAbstractItemView::SelectionMode mode)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(mode);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_who(new QLabel(this))
    , m_message(new QLabel(this))
    , m_sections(list(this, 4, QAbstractItemView::ExtendedSelection))
    , m_comments(list(this, 4, QAbstractItemView::SingleSelection))
    , m_signatures(list(this, 4, QAbstractItemView::SingleSelection))
    , m_ready(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_return(new QPushButton(this))
    , m_draft(new QPushButton(this))
    , m_comment(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_sign(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_commentsTitle(new QLabel(this))
    , m_signaturesTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("ReviewPanel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_who->setWordWrap(true);
    m_comments->setWordWrap(true);

    auto *stateButtons = new QHBoxLayout;
    for (QPushButton *button : { m_ready, m_approve, m_return, m_draft })
        stateButtons->addWidget(button);
    auto *commentButtons = new QHBoxLayout;
    commentButtons->addWidget(m_comment);
    commentButtons->addWidget(m_resolve);
    commentButtons->addStretch();
    auto *signButtons = new QHBoxLayout;
    signButtons->addWidget(m_sign);
    signButtons->addWidget(m_withdraw);
    signButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_who);
    layout->addWidget(m_sections, 3);
    layout->addLayout(stateButtons);
    layout->addWidget(m_commentsTitle);
    layout->addWidget(m_comments, 2);
    layout->addLayout(commentButtons);
    layout->addWidget(m_signaturesTitle);
    layout->addWidget(m_signatures, 1);
    layout->addLayout(signButtons);
    layout->addWidget(m_message);

    connect(m_ready, &QPushButton::clicked, this, [this] { changeSelected(ReviewState::ReadyForReview); });
    connect(m_approve, &QPushButton::clicked, this, [this] { changeSelected(ReviewState::Approved); });
    connect(m_return, &QPushButton::clicked, this, [this] { changeSelected(ReviewState::Returned); });
    connect(m_draft, &QPushButton::clicked, this, [this] { changeSelected(ReviewState::Draft); });
    connect(m_comment, &QPushButton::clicked, this, &ReviewPanel::addComment);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewPanel::toggleResolved);
    connect(m_sign, &QPushButton::clicked, this, &ReviewPanel::sign);
    connect(m_withdraw, &QPushButton::clicked, this, &ReviewPanel::withdrawSignature);
    connect(m_comments, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit targetActivated(item->data(1, IdRole).toString());
    });
    connect(m_sections, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit targetActivated(item->data(0, IdRole).toString());
    });
    retranslate();
}

void ReviewPanel::setTracker(ReviewTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker.data(), nullptr, this, nullptr);
    m_tracker = tracker;
    if (m_tracker)
        connect(m_tracker.data(), &ReviewTracker::statusChanged, this, &ReviewPanel::refresh);
    m_message->clear();
    refresh();
}

void ReviewPanel::setUser(const QString &name)
{
    m_user = name;
    retranslate();
}

void ReviewPanel::setRoles(const QStringList &roles)
{
    m_roles = roles;
}

QPushButton *ReviewPanel::stateButton(ReviewState state) const
{
    switch (state) {
    case ReviewState::ReadyForReview:
        return m_ready;
    case ReviewState::Approved:
        return m_approve;
    case ReviewState::Returned:
        return m_return;
    case ReviewState::Draft:
        return m_draft;
    }
    return nullptr;
}

void ReviewPanel::report(const QString &message)
{
    m_message->setText(message);
}

QStringList ReviewPanel::selectedSections() const
{
    QStringList ids;
    for (const QTreeWidgetItem *item : m_sections->selectedItems())
        ids.append(item->data(0, IdRole).toString());
    return ids;
}

QString ReviewPanel::targetTitle(const QString &target) const
{
    const QString title = CommentTarget::title(*m_tracker->document(), target);
    if (!CommentTarget::isFinding(target) || !m_findingsKnown)
        return title;
    const auto message = m_findings.constFind(target);
    return message == m_findings.constEnd() ? tr("%1 (no longer occurs)").arg(title) : *message;
}

void ReviewPanel::setFindings(const QList<Finding> &findings)
{
    m_findings.clear();
    for (const Finding &finding : findings)
        m_findings.insert(CommentTarget::ofFinding(finding), finding.message);
    m_findingsKnown = true;
    refresh();
}

void ReviewPanel::selectCommentsOn(const QString &target)
{
    for (int i = 0; i < m_comments->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_comments->topLevelItem(i);
        if (item->data(1, IdRole).toString() == target) {
            m_comments->setCurrentItem(item);
            m_comments->scrollToItem(item);
            return;
        }
    }
}

void ReviewPanel::changeSelected(ReviewState state)
{
    if (!m_tracker)
        return;
    QString comment;
    if (state == ReviewState::Returned) {
        bool ok = false;
        comment = QInputDialog::getMultiLineText(this, tr("Return for changes"), tr("What should be changed?"), {}, &ok);
        if (!ok)
            return;
    }
    report(ReviewSteps::changeState(m_tracker->document(), selectedSections(), state, comment, m_user,
                                    QDateTime::currentDateTimeUtc()));
}

void ReviewPanel::addComment()
{
    if (!m_tracker)
        return;
    const QStringList sections = selectedSections();
    if (sections.size() != 1) {
        report(tr("Select the one section the comment is about."));
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
            this, tr("Add Comment"), tr("Comment on %1:").arg(targetTitle(sections.constFirst())), {}, &ok);
    if (ok)
        report(ReviewSteps::addComment(m_tracker->document(), sections.constFirst(), text, m_user,
                                       QDateTime::currentDateTimeUtc()));
}

void ReviewPanel::toggleResolved()
{
    if (!m_tracker)
        return;
    const QTreeWidgetItem *item = m_comments->currentItem();
    if (!item) {
        report(tr("Select a comment first."));
        return;
    }
    const bool resolved = item->data(0, IdRole + 1).toBool();
    report(ReviewSteps::resolveComment(m_tracker->document(), item->data(0, IdRole).toLongLong(), !resolved));
}

void ReviewPanel::sign()
{
    if (!m_tracker)
        return;
    SignDialog dialog(m_roles, m_user, this);
    if (dialog.exec() == QDialog::Accepted)
        report(ReviewSteps::signOff(m_tracker->document(), dialog.role(), dialog.name(), QDateTime::currentDateTimeUtc()));
}

void ReviewPanel::withdrawSignature()
{
    if (!m_tracker)
        return;
    QTreeWidgetItem *item = m_signatures->currentItem();
    report(ReviewSteps::withdrawSignature(m_tracker->document(), item ? m_signatures->indexOfTopLevelItem(item) : -1));
}

void ReviewPanel::refresh()
{
    const QStringList selected = selectedSections();
    m_sections->clear();
    m_comments->clear();
    m_signatures->clear();
    setEnabled(m_tracker != nullptr);
    if (!m_tracker) {
        m_summary->clear();
        return;
    }
    const ReviewStatus &status = m_tracker->status();
    const SignoffRecord &record = m_tracker->document()->data().signoff;
    m_summary->setText(status.summary());
    for (const ReviewSections::Section &section : status.sections()) {
        const SectionReview review = record.sections.value(section.id);
        const ReviewMark mark = status.mark(section.id);
        // The state first: the titles are long and the dock is narrow.
        auto *item = new QTreeWidgetItem(m_sections, { ReviewStatus::name(mark), section.title,
                                                       mark == ReviewMark::Draft ? QString() : review.by,
                                                       mark == ReviewMark::Draft ? QString() : review.comment });
        item->setData(0, IdRole, section.id);
        item->setToolTip(1, section.title);
        if (mark != ReviewMark::Draft)
            item->setToolTip(0, timeText(review.at));
        item->setForeground(0, mark == ReviewMark::Returned || mark == ReviewMark::ModifiedSinceApproval
                                       ? QBrush(QColor(0xb0, 0x00, 0x20))
                                       : mark == ReviewMark::Approved ? QBrush(QColor(0x2e, 0x7d, 0x32)) : QBrush());
        item->setSelected(selected.contains(section.id));
    }
    for (const ReviewComment &comment : record.comments) {
        auto *item = new QTreeWidgetItem(m_comments, { comment.resolved ? tr("Resolved") : tr("Open"),
                                                       targetTitle(comment.target), comment.text,
                                                       tr("%1, %2").arg(comment.author, timeText(comment.at)) });
        item->setData(0, IdRole, comment.id);
        item->setData(0, IdRole + 1, comment.resolved);
        item->setData(1, IdRole, comment.target);
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, comment.text);
        if (comment.resolved)
            item->setForeground(2, QBrush(Qt::gray));
    }
    for (const Signature &signature : record.signatures) {
        new QTreeWidgetItem(m_signatures,
                            { signature.role, signature.name, timeText(signature.at),
                              status.isCurrent(signature) ? tr("Valid (%n section(s))", nullptr, int(signature.sections.size()))
                                                          : tr("Content changed since signing") });
    }
    for (QTreeWidget *tree : { m_sections, m_comments, m_signatures })
        tree->resizeColumnToContents(0);
}

void ReviewPanel::retranslate()
{
    m_sections->setHeaderLabels({ tr("Status"), tr("Section"), tr("By"), tr("Comment") });
    m_comments->setHeaderLabels({ tr("State"), tr("On"), tr("Comment"), tr("By") });
    m_signatures->setHeaderLabels({ tr("Role"), tr("Name"), tr("Signed"), tr("Covers") });
    m_ready->setText(tr("Submit"));
    m_ready->setToolTip(tr("Submit the selected sections for review"));
    m_approve->setText(tr("Approve"));
    m_return->setText(tr("Return…"));
    m_draft->setText(tr("Back to draft"));
    m_comment->setText(tr("Add comment…"));
    m_resolve->setText(tr("Resolve / reopen"));
    m_sign->setText(tr("Sign…"));
    m_withdraw->setText(tr("Withdraw signature"));
    m_withdraw->setToolTip(tr("Withdraws the selected signature; the sign-off block prints its role blank again"));
    m_commentsTitle->setText(tr("Comments"));
    m_signaturesTitle->setText(tr("Signatures"));
    m_who->setText(tr("Working as %1 (Settings › Name)").arg(m_user));
    refresh();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
