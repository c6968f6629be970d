#include "audit/auditdock.h"

#include "audit/auditrunner.h"
#include "commands/settext.h"
#include "document/document.h"
#include "audit/findingsmodel.h"
#include "audit/wrappingdelegate.h"
#include "signoff/commenttarget.h"

#include <QAction>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

AuditDock::AuditDock(QWidget *parent)
    : QDockWidget(parent), m_runner(new AuditRunner(this)), m_model(new FindingsModel(this)), m_view(new QTreeView),
      m_detail(new QLabel), m_explanationLabel(new QLabel), m_explanation(new QLineEdit),
      m_addComment(new QAction(this)), m_showComments(new QAction(this))
{
    setObjectName(QStringLiteral("auditDock"));
    m_view->setModel(m_model);
    // Messages wrap onto as many lines as they need: a finding is never cut to "科目 2080…".
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanationLabel->setBuddy(m_explanation);
    // Shift+F2 is a spreadsheet's key for a cell comment; here it comments on the finding.
    m_addComment->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_showComments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F2));
    for (QAction *action : { m_addComment, m_showComments }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_explanation);
    setWidget(contents);

    connect(m_runner, &AuditRunner::findingsChanged, this, &AuditDock::showFindings);
    connect(m_view, &QTreeView::doubleClicked, this, &AuditDock::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditDock::showCurrent);
    connect(m_explanation, &QLineEdit::editingFinished, this, &AuditDock::commitExplanation);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AuditDock::showMenu);
    connect(m_addComment, &QAction::triggered, this, [this] {
        const Finding *finding = currentFinding();
        if (finding && m_addComment->isEnabled())
            emit commentRequested(CommentTarget::ofFinding(*finding), finding->message);
    });
    connect(m_showComments, &QAction::triggered, this, [this] {
        const QString target = m_view->currentIndex().siblingAtColumn(FindingsModel::MessageColumn)
                                       .data(FindingsModel::CommentTargetRole).toString();
        if (!target.isEmpty())
            emit commentsRequested(target);
    });
    retranslate();
}

void AuditDock::setDocument(Document *document)
{
    m_editing = Finding();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::signoffChanged, this, &AuditDock::showComments);
        connect(m_document, &Document::readOnlyChanged, this, &AuditDock::updateActions);
    }
    m_model->setComments(m_document ? m_document->data().signoff.comments : QList<ReviewComment>());
    m_runner->setDocument(document);
}

void AuditDock::showComments()
{
    const Finding *current = currentFinding();
    const Finding kept = current ? *current : Finding();
    m_model->setComments(m_document ? m_document->data().signoff.comments : QList<ReviewComment>());
    m_view->expandAll();
    const QModelIndex again = m_model->indexOf(kept);
    if (again.isValid())
        m_view->setCurrentIndex(again);
}

void AuditDock::showCommentTarget(const QString &target)
{
    show();
    raise();
    const QModelIndexList hits = m_model->match(m_model->index(0, FindingsModel::MessageColumn),
                                                FindingsModel::CommentTargetRole, target, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    if (hits.isEmpty())
        return;
    m_view->setCurrentIndex(hits.constFirst());
    m_view->scrollTo(hits.constFirst());
}

QMenu *AuditDock::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || index.siblingAtColumn(FindingsModel::MessageColumn).data(FindingsModel::CommentTargetRole).isNull())
        return nullptr;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_addComment);
    menu->addAction(m_showComments);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
    return menu;
}

void AuditDock::updateActions()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(FindingsModel::MessageColumn);
    m_addComment->setEnabled(currentFinding() && m_document && !m_document->isReadOnly());
    m_showComments->setEnabled(current.data(FindingsModel::CommentCountRole).toInt() > 0);
}

void AuditDock::setExternalText(const QString &text)
{
    m_runner->setExternalText(text);
}

void AuditDock::showFindings()
{
    const Finding *current = currentFinding();
    const Finding kept = current ? *current : Finding();
    m_model->setFindings(m_runner->findings());
    m_view->expandAll();
    const QModelIndex again = m_model->indexOf(kept);
    if (again.isValid())
        m_view->setCurrentIndex(again);
    showCurrent();
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : m_runner->findings()) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
    }
    emit findingsCountChanged(errors, warnings);
}

const Finding *AuditDock::currentFinding() const
{
    return m_model->findingAt(m_view->currentIndex());
}

void AuditDock::showCurrent()
{
    const Finding *finding = currentFinding();
    updateActions();
    m_detail->setText(finding ? finding->message : QString());
    // Errors must be corrected, not explained; but a finding that asks for a reason the
    // explanations quote is dealt with by writing that reason, here beside the finding.
    const bool asksReason = finding && isReasonKey(finding->explainKey);
    const bool explainable = finding && (finding->severity != Severity::Error || asksReason)
            && !finding->explainKey.isEmpty() && m_runner->document() && !m_runner->document()->isReadOnly();
    m_explanationLabel->setText(asksReason ? tr("&Reason, as the explanations will quote it:")
                                           : tr("&Explanation of this warning:"));
    m_explanation->setEnabled(explainable);
    if (!m_explanation->hasFocus() || !explainable) {
        m_editing = explainable ? *finding : Finding();
        m_explanation->setText(explainable ? finding->explanation : QString());
    }
}

void AuditDock::commitExplanation()
{
    Document *document = m_runner->document();
    if (!document || m_editing.explainKey.isEmpty()
        || document->data().texts.value(m_editing.explainKey) == m_explanation->text())
        return;
    document->push(new SetText(document, m_editing.explainKey, m_explanation->text()));
}

void AuditDock::activate(const QModelIndex &index)
{
    const Finding *finding = m_model->findingAt(index);
    if (finding && !finding->locations.isEmpty())
        emit locationActivated(finding->locations.constFirst(), finding->locations);
}

void AuditDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AuditDock::retranslate()
{
    setWindowTitle(tr("Audit"));
    m_addComment->setText(tr("Add Comment…"));
    m_showComments->setText(tr("Show Comments"));
    m_explanation->setPlaceholderText(tr("Why the figures are right as they stand; a reason the narrative shares "
                                         "is written only once"));
    m_model->retranslate();
    m_view->expandAll();
    showCurrent();
}

bool AuditDock::isReasonKey(const QString &key) const
{
    const Document *document = m_runner->document();
    if (!document)
        return false;
    const QStringList &prefixes = document->reportTemplate().textPrefixes();
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &prefix) { return key.size() > prefix.size() && key.startsWith(prefix); });
}
