#include "editor/workflowpage.h"

#include "document/document.h"
#include "models/navigationmodel.h"
#include "signoff/reviewmarkdelegate.h"
#include "signoff/reviewstatus.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

struct Step
{
    const char *title;
    const char *explanation;
};

// The order an accountant fills a disclosure in: who, then the money, then the details that
// hang on the money, then the words, then the check.
const Step Steps[] = {
    { QT_TRANSLATE_NOOP("WorkflowPage", "1  Department"), QT_TRANSLATE_NOOP("WorkflowPage", "Name, kind and units of the department.") },
    { QT_TRANSLATE_NOOP("WorkflowPage", "2  Expenditure and income tables"),
      QT_TRANSLATE_NOOP("WorkflowPage", "Add the 科目 once (in 支出决算表) and type the figures; the totals and the summary tables follow.") },
    { QT_TRANSLATE_NOOP("WorkflowPage", "3  三公 and other sheets"),
      QT_TRANSLATE_NOOP("WorkflowPage", "“三公” expenses, last year's figures, procurement, assets and operating costs.") },
    { QT_TRANSLATE_NOOP("WorkflowPage", "4  Projects"), QT_TRANSLATE_NOOP("WorkflowPage", "One performance self-evaluation per project.") },
    { QT_TRANSLATE_NOOP("WorkflowPage", "5  Reasons"),
      QT_TRANSLATE_NOOP("WorkflowPage", "Explain the changes and variances the explanation asks about.") },
    { QT_TRANSLATE_NOOP("WorkflowPage", "6  Review"),
      QT_TRANSLATE_NOOP("WorkflowPage", "Read the generated explanation and correct what the audit finds; then export.") },
};
constexpr int StepCount = int(std::size(Steps));

QString mark(const char *color)
{
    return QStringLiteral("<span style=\"color:%1\">●</span>").arg(QLatin1String(color));
}

} // namespace

WorkflowPage::WorkflowPage(NavigationModel *navigation, QWidget *parent)
    : QWidget(parent)
    , m_navigation(navigation)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_legend(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    auto *steps = new QGridLayout;
    steps->setColumnStretch(1, 1);
    steps->setHorizontalSpacing(16);
    for (int step = 0; step < StepCount; ++step) {
        auto *button = new QPushButton(this);
        button->setMinimumWidth(260);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 12px;"));
        auto *progress = new QLabel(this);
        progress->setWordWrap(true);
        progress->setTextFormat(Qt::RichText);
        steps->addWidget(button, step, 0);
        steps->addWidget(progress, step, 1);
        m_buttons.append(button);
        m_progress.append(progress);
        connect(button, &QPushButton::clicked, this, [this, step] {
            const QString entry = nextEntry(step);
            if (!entry.isEmpty())
                emit entryRequested(entry);
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(steps);
    layout->addSpacing(12);
    layout->addWidget(m_legend);
    layout->addStretch();

    connect(m_navigation, &QAbstractItemModel::dataChanged, this, &WorkflowPage::refresh);
    connect(m_navigation, &QAbstractItemModel::modelReset, this, &WorkflowPage::refresh);
    retranslate();
}

QStringList WorkflowPage::stepEntries(int step) const
{
    const Document *document = m_navigation->document();
    if (!document)
        return {};
    QStringList entries;
    const auto addTables = [&](const QStringList &ids) {
        for (const QString &id : ids) {
            if (document->reportTemplate().table(id))
                entries.append(QStringLiteral("table:") + id);
        }
    };
    switch (step) {
    case 0:
        entries = { QStringLiteral("department") };
        break;
    case 1:
        // Expenditure first: its 科目 list feeds the income table and the appropriation tables.
        addTables({ QStringLiteral("T3"), QStringLiteral("T2"), QStringLiteral("T5"), QStringLiteral("T6"),
                    QStringLiteral("T7"), QStringLiteral("T8"), QStringLiteral("T1"), QStringLiteral("T4") });
        break;
    case 2:
        addTables({ QStringLiteral("T9") });
        for (const TableDef &sheet : document->reportTemplate().sheets())
            entries.append(QStringLiteral("sheet:") + sheet.id);
        break;
    case 3:
        entries = { QStringLiteral("projects") };
        break;
    case 4:
        entries = { QStringLiteral("reasons") };
        break;
    case 5:
        entries = { QStringLiteral("narrative") };
        break;
    default:
        break;
    }
    return entries;
}

QString WorkflowPage::nextEntry(int step) const
{
    // The first entry that is empty or has findings; when all are done, the first one.
    const QStringList entries = stepEntries(step);
    for (const QString &entry : entries) {
        if (m_navigation->indexOfEntry(entry).data(NavigationModel::StatusRole).toInt() != NavigationModel::Filled)
            return entry;
    }
    return entries.value(0);
}

QString WorkflowPage::progressText(int step) const
{
    int filled = 0;
    int empty = 0;
    int findings = 0;
    for (const QString &entry : stepEntries(step)) {
        switch (m_navigation->indexOfEntry(entry).data(NavigationModel::StatusRole).toInt()) {
        case NavigationModel::Filled: ++filled; break;
        case NavigationModel::HasFindings: ++findings; break;
        default: ++empty; break;
        }
    }
    QStringList parts;
    if (filled > 0)
        parts.append(mark("#3a9b4a") + QLatin1Char(' ') + tr("%n filled", nullptr, filled));
    if (empty > 0)
        parts.append(mark("#c8c8c8") + QLatin1Char(' ') + tr("%n empty", nullptr, empty));
    if (findings > 0)
        parts.append(mark("#d03a2f") + QLatin1Char(' ') + tr("%n with findings", nullptr, findings));
    return tr(Steps[step].explanation) + QStringLiteral("<br>") + parts.join(QStringLiteral(" · "));
}

void WorkflowPage::refresh()
{
    for (int step = 0; step < StepCount; ++step)
        m_progress.at(step)->setText(progressText(step));
}

void WorkflowPage::retranslate()
{
    m_heading->setText(tr("Order of work"));
    m_intro->setText(tr("Work through the steps from top to bottom. Each step shows how far it has come; click "
                        "it to open the first part that still needs work."));
    const auto badge = [](ReviewMark review) {
        return QStringLiteral("<span style=\"background:%1;color:white\">&nbsp;%2&nbsp;</span>")
                .arg(ReviewMarkDelegate::badgeColor(int(review)).name(), ReviewMarkDelegate::badgeText(int(review)));
    };
    m_legend->setText(tr("Marks in the navigation: %1 filled in · %2 empty · %3 has audit findings")
                              .arg(mark("#3a9b4a"), mark("#c8c8c8"), mark("#d03a2f"))
                      + QStringLiteral("<br>")
                      + tr("Review: %1 ready for review · %2 approved · %3 returned · %4 modified since approval; "
                           "no badge: draft")
                                .arg(badge(ReviewMark::ReadyForReview), badge(ReviewMark::Approved),
                                     badge(ReviewMark::Returned), badge(ReviewMark::ModifiedSinceApproval)));
    for (int step = 0; step < StepCount; ++step)
        m_buttons.at(step)->setText(tr(Steps[step].title));
    refresh();
}

void WorkflowPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
