#include "editor/projectformeditor.h"

#include "document/document.h"
#include "editor/formchoicedelegate.h"
#include "evaluation/formterms.h"
#include "evaluation/selfevaluationcheck.h"
#include "evaluation/selfevaluationscore.h"
#include "models/projectfundsmodel.h"
#include "models/projectindicatormodel.h"
#include "models/projectlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *textBox(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * 4);
    return edit;
}

// A table that shows all its rows: the form scrolls as a whole, not block by block.
void fitRows(QTableView *view)
{
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        height += view->rowHeight(r);
    view->setFixedHeight(height + 2);
}

} // namespace

ProjectFormEditor::ProjectFormEditor(Document *document, ProjectListModel *projects, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_projects(projects)
    , m_funds(new ProjectFundsModel(this))
    , m_indicators(new ProjectIndicatorModel(this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_name(new QLineEdit(this))
    , m_supervisor(new QLineEdit(this))
    , m_implementer(new QLineEdit(this))
    , m_fundsView(new QTableView(this))
    , m_fundsMessage(messageLabel(this))
    , m_goalPlanned(textBox(this))
    , m_goalAchieved(textBox(this))
    , m_indicatorsView(new QTableView(this))
    , m_choices(new FormChoiceDelegate(this))
    , m_newCategory(new QComboBox(this))
    , m_addIndicator(new QPushButton(this))
    , m_removeIndicator(new QPushButton(this))
    , m_indicatorsMessage(messageLabel(this))
    , m_totals(new QLabel(this))
    , m_tracked(new QCheckBox(this))
    , m_problems(textBox(this))
    , m_measures(textBox(this))
{
    m_funds->setDocument(document);
    m_indicators->setDocument(document);
    m_fundsView->setModel(m_funds);
    m_fundsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fundsView->setTabKeyNavigation(true);
    // As in a spreadsheet: typing starts an edit.
    const auto triggers = QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
            | QAbstractItemView::DoubleClicked;
    m_fundsView->setEditTriggers(triggers);
    m_indicatorsView->setEditTriggers(triggers);
    m_indicatorsView->setModel(m_indicators);
    m_indicatorsView->setItemDelegate(m_choices);
    m_indicatorsView->verticalHeader()->hide();
    m_indicatorsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_indicatorsView->horizontalHeader()->setStretchLastSection(true);
    m_indicatorsView->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);

    m_mapper->setModel(projects);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper->addMapping(m_name, ProjectListModel::NameColumn);
    m_mapper->addMapping(m_supervisor, ProjectListModel::SupervisorColumn);
    m_mapper->addMapping(m_implementer, ProjectListModel::ImplementerColumn);
    m_mapper->addMapping(m_goalPlanned, ProjectListModel::GoalPlannedColumn);
    m_mapper->addMapping(m_goalAchieved, ProjectListModel::GoalAchievedColumn);
    m_mapper->addMapping(m_tracked, ProjectListModel::TrackedColumn);
    m_mapper->addMapping(m_problems, ProjectListModel::ProblemsColumn);
    m_mapper->addMapping(m_measures, ProjectListModel::MeasuresColumn);

    const auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels.append(l);
        return l;
    };
    const auto box = [this](QLayout *content) {
        auto *b = new QGroupBox(this);
        b->setLayout(content);
        m_boxes.append(b);
        return b;
    };

    auto *header = new QGridLayout;
    header->addWidget(label(m_name), 0, 0);
    header->addWidget(m_name, 0, 1, 1, 3);
    header->addWidget(label(m_supervisor), 1, 0);
    header->addWidget(m_supervisor, 1, 1);
    header->addWidget(label(m_implementer), 1, 2);
    header->addWidget(m_implementer, 1, 3);

    auto *funds = new QVBoxLayout;
    funds->addWidget(m_fundsView);
    funds->addWidget(m_fundsMessage);

    auto *goal = new QGridLayout;
    goal->addWidget(label(m_goalPlanned), 0, 0);
    goal->addWidget(label(m_goalAchieved), 0, 1);
    goal->addWidget(m_goalPlanned, 1, 0);
    goal->addWidget(m_goalAchieved, 1, 1);

    for (int i = 0; i < IndicatorCategoryCount; ++i)
        m_newCategory->addItem(QString());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newCategory);
    buttons->addWidget(m_addIndicator);
    buttons->addWidget(m_removeIndicator);
    buttons->addStretch();
    auto *indicators = new QVBoxLayout;
    indicators->addWidget(m_indicatorsView);
    indicators->addLayout(buttons);
    indicators->addWidget(m_indicatorsMessage);
    indicators->addWidget(m_totals);

    auto *followUp = new QGridLayout;
    followUp->addWidget(m_tracked, 0, 0, 1, 2);
    followUp->addWidget(label(m_problems), 1, 0);
    followUp->addWidget(label(m_measures), 1, 1);
    followUp->addWidget(m_problems, 2, 0);
    followUp->addWidget(m_measures, 2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(box(funds));
    layout->addWidget(box(goal));
    layout->addWidget(box(indicators), 1);
    layout->addLayout(followUp);

    connect(m_funds, &ProjectFundsModel::entryRefused, m_fundsMessage,
            [this](const QModelIndex &, const QString &message) { m_fundsMessage->setText(message); });
    connect(m_indicators, &ProjectIndicatorModel::entryRefused, m_indicatorsMessage,
            [this](const QModelIndex &, const QString &message) { m_indicatorsMessage->setText(message); });
    connect(m_funds, &QAbstractItemModel::dataChanged, this, &ProjectFormEditor::updateTotals);
    connect(m_indicators, &QAbstractItemModel::dataChanged, this, &ProjectFormEditor::updateTotals);
    connect(m_indicators, &QAbstractItemModel::modelReset, this, &ProjectFormEditor::updateTotals);
    connect(m_funds, &QAbstractItemModel::modelReset, this, [this] { fitRows(m_fundsView); });
    // A checkbox has no editing to finish: its click is the committed edit.
    connect(m_tracked, &QCheckBox::clicked, m_mapper, &QDataWidgetMapper::submit);
    connect(m_addIndicator, &QPushButton::clicked, this, &ProjectFormEditor::addIndicator);
    connect(m_removeIndicator, &QPushButton::clicked, this, &ProjectFormEditor::removeIndicator);
    connect(document, &Document::readOnlyChanged, this, &ProjectFormEditor::updateEnabled);
    retranslate();
    fitRows(m_fundsView);
}

void ProjectFormEditor::setProjectRow(int row)
{
    m_mapper->setCurrentIndex(row);
    const qint64 id = row >= 0 ? m_projects->index(row, 0).data(ProjectListModel::ProjectIdRole).toLongLong() : 0;
    m_funds->setProjectId(id);
    m_indicators->setProjectId(id);
    m_fundsMessage->clear();
    m_indicatorsMessage->clear();
    updateEnabled();
    updateTotals();
}

void ProjectFormEditor::updateEnabled()
{
    const bool editable = m_funds->project() && !m_document->isReadOnly();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_name, m_supervisor, m_implementer, m_goalPlanned,
                                                              m_goalAchieved, m_tracked, m_problems, m_measures,
                                                              m_newCategory, m_addIndicator, m_removeIndicator })
        widget->setEnabled(editable);
}

void ProjectFormEditor::updateTotals()
{
    const Project *project = m_funds->project();
    if (!project) {
        m_totals->clear();
        return;
    }
    // A valid edit clears the message of the block it was made in; the form's own problems stay.
    m_fundsMessage->clear();
    m_indicatorsMessage->clear();
    const SelfEvaluationScore score(*project, m_document->reportTemplate().gradeBands());
    const std::optional<Points> total = score.total();
    QString text = tr("Total score: <b>%1</b> of %2 · Grade: <b>%3</b>")
                           .arg(total ? total->toString() : tr("not yet complete"), score.weightTotal().toString(),
                                total ? score.grade() : QStringLiteral("—"));
    QStringList problems;
    for (const SelfEvaluationCheck::Problem &problem : SelfEvaluationCheck::check(*project))
        problems.append(problem.indicator >= 0 ? tr("Row %1: %2").arg(problem.indicator + 1).arg(problem.message)
                                               : problem.message);
    if (!problems.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b00020\">") + problems.join(QStringLiteral("<br>")).toHtmlEscaped()
                + QStringLiteral("</span>");
    m_totals->setText(text);
}

void ProjectFormEditor::addIndicator()
{
    const int row = m_indicators->addIndicator(IndicatorCategory(qMax(0, m_newCategory->currentIndex())));
    if (row < 0)
        return;
    const QModelIndex name = m_indicators->index(row, ProjectIndicatorModel::NameColumn);
    m_indicatorsView->setCurrentIndex(name);
    m_indicatorsView->edit(name);
}

void ProjectFormEditor::removeIndicator()
{
    m_indicators->removeIndicator(m_indicatorsView->currentIndex().row());
}

void ProjectFormEditor::retranslate()
{
    const QStringList labels = { tr("Project name"), tr("Supervising department"), tr("Implementing unit"),
                                 tr("Planned goal of the year"), tr("What was achieved"), tr("Problems found"),
                                 tr("Improvement measures") };
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    const QStringList boxes = { tr("Project funds (10k yuan)"), tr("Overall goal of the year"),
                                tr("Performance indicators") };
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setTitle(boxes.at(i));
    for (int i = 0; i < IndicatorCategoryCount; ++i) {
        const IndicatorCategory category = IndicatorCategory(i);
        m_newCategory->setItemText(i, FormTerms::groupName(groupOf(category)) + QStringLiteral(" · ")
                                              + FormTerms::categoryName(category));
    }
    m_addIndicator->setText(tr("Add indicator"));
    m_removeIndicator->setText(tr("Remove indicator"));
    m_tracked->setText(tr("Performance was monitored during the year"));
    updateTotals();
}

void ProjectFormEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
