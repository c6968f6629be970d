#include "editor/projectseditor.h"

#include "document/document.h"
#include "editor/projectformeditor.h"
#include "models/projectlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ProjectsEditor::ProjectsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_projects(new ProjectListModel(this))
    , m_list(new QTableView(this))
    , m_form(nullptr)
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_projects->setDocument(document);
    m_form = new ProjectFormEditor(document, m_projects, this);
    m_list->setModel(m_projects);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers); // the form below edits
    for (int c = ProjectListModel::SupervisorColumn; c < ProjectListModel::ColumnCount; ++c)
        m_list->setColumnHidden(c, true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ProjectListModel::NameColumn, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addLayout(listButtons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectsEditor::onCurrentChanged);
    connect(m_add, &QPushButton::clicked, this, &ProjectsEditor::addProject);
    connect(m_remove, &QPushButton::clicked, this, &ProjectsEditor::removeProject);
    connect(m_projects, &QAbstractItemModel::rowsRemoved, this, &ProjectsEditor::onCurrentChanged);
    connect(document, &Document::readOnlyChanged, this, &ProjectsEditor::onCurrentChanged);
    retranslate();
    if (m_projects->rowCount() > 0)
        m_list->setCurrentIndex(m_projects->index(0, 0));
    onCurrentChanged();
}

void ProjectsEditor::retranslate()
{
    m_add->setText(tr("Add project"));
    m_remove->setText(tr("Remove project"));
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
    m_form->setProjectRow(row);
    m_remove->setEnabled(row >= 0 && !m_document->isReadOnly());
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
