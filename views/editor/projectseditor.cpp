#include "editor/projectseditor.h"

#include "document/document.h"
#include "models/projectlistmodel.h"
#include "models/projectoutputmodel.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ProjectsEditor::ProjectsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_projects(new ProjectListModel(this))
    , m_outputs(new ProjectOutputModel(this))
    , m_list(new QTableView(this))
    , m_outputList(new QTableView(this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_budget(new QLineEdit(this))
    , m_executed(new QLineEdit(this))
    , m_problems(new QPlainTextEdit(this))
    , m_measures(new QPlainTextEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_addOutput(new QPushButton(this))
    , m_removeOutput(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_projects->setDocument(document);
    m_outputs->setDocument(document);
    m_list->setModel(m_projects);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnHidden(ProjectListModel::ProblemsColumn, true);
    m_list->setColumnHidden(ProjectListModel::MeasuresColumn, true);
    m_list->horizontalHeader()->setSectionResizeMode(ProjectListModel::NameColumn, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_outputList->setModel(m_outputs);
    m_outputList->horizontalHeader()->setSectionResizeMode(ProjectOutputModel::IndicatorColumn, QHeaderView::Stretch);
    m_outputList->verticalHeader()->hide();
    m_problems->setTabChangesFocus(true);
    m_measures->setTabChangesFocus(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_mapper->setModel(m_projects);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper->addMapping(m_name, ProjectListModel::NameColumn);
    m_mapper->addMapping(m_budget, ProjectListModel::BudgetColumn);
    m_mapper->addMapping(m_executed, ProjectListModel::ExecutedColumn);
    m_mapper->addMapping(m_problems, ProjectListModel::ProblemsColumn);
    m_mapper->addMapping(m_measures, ProjectListModel::MeasuresColumn);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *outputButtons = new QHBoxLayout;
    outputButtons->addWidget(m_addOutput);
    outputButtons->addWidget(m_removeOutput);
    outputButtons->addStretch();
    auto *outputs = new QVBoxLayout;
    outputs->setContentsMargins(0, 0, 0, 0);
    outputs->addWidget(m_outputList);
    outputs->addLayout(outputButtons);
    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_budget);
    m_form->addRow(new QLabel(this), m_executed);
    m_form->addRow(new QLabel(this), outputs);
    m_form->addRow(new QLabel(this), m_problems);
    m_form->addRow(new QLabel(this), m_measures);
    m_form->addRow(m_error);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addLayout(listButtons);
    auto *bottom = new QWidget(this);
    bottom->setLayout(m_form);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectsEditor::onCurrentChanged);
    connect(m_projects, &ProjectListModel::entryRefused, m_error,
            [this](const QModelIndex &, const QString &message) { m_error->setText(message); });
    connect(m_projects, &QAbstractItemModel::dataChanged, m_error, &QLabel::clear);
    connect(m_add, &QPushButton::clicked, this, &ProjectsEditor::addProject);
    connect(m_remove, &QPushButton::clicked, this, &ProjectsEditor::removeProject);
    connect(m_addOutput, &QPushButton::clicked, m_outputs, &ProjectOutputModel::addOutput);
    connect(m_removeOutput, &QPushButton::clicked, this,
            [this] { m_outputs->removeOutput(m_outputList->currentIndex().row()); });
    connect(m_projects, &QAbstractItemModel::rowsRemoved, this, &ProjectsEditor::onCurrentChanged);
    connect(document, &Document::readOnlyChanged, this, &ProjectsEditor::onCurrentChanged);
    retranslate();
    if (m_projects->rowCount() > 0)
        m_list->setCurrentIndex(m_projects->index(0, 0));
    onCurrentChanged();
}

void ProjectsEditor::retranslate()
{
    const QStringList labels = { tr("Name"), tr("Budget (10k yuan)"), tr("Executed (10k yuan)"), tr("Outputs"),
                                 tr("Problems found"), tr("Improvement measures") };
    for (int row = 0; row < labels.size(); ++row) {
        static_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())->setText(labels.at(row));
    }
    m_add->setText(tr("Add project"));
    m_remove->setText(tr("Remove project"));
    m_addOutput->setText(tr("Add output"));
    m_removeOutput->setText(tr("Remove output"));
}

void ProjectsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProjectsEditor::onCurrentChanged()
{
    const int row = m_list->currentIndex().row();
    m_mapper->setCurrentIndex(row);
    m_outputs->setProjectId(row >= 0 ? m_projects->index(row, 0).data(ProjectListModel::ProjectIdRole).toLongLong() : 0);
    const bool editable = row >= 0 && !m_document->isReadOnly();
    for (QWidget *widget : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_budget),
                             static_cast<QWidget *>(m_executed), static_cast<QWidget *>(m_problems),
                             static_cast<QWidget *>(m_measures), static_cast<QWidget *>(m_addOutput),
                             static_cast<QWidget *>(m_removeOutput), static_cast<QWidget *>(m_remove) })
        widget->setEnabled(editable);
    m_add->setEnabled(!m_document->isReadOnly());
}

void ProjectsEditor::addProject()
{
    const int row = m_projects->rowCount();
    if (m_projects->addProject(row, tr("New project")))
        m_list->setCurrentIndex(m_projects->index(row, ProjectListModel::NameColumn));
}

void ProjectsEditor::removeProject()
{
    m_projects->removeProject(m_list->currentIndex().row());
}
