#include "editor/editorworkspace.h"

#include "audit/finding.h"
#include "charts/chartspage.h"
#include "narrative/narrativeview.h"

#include "editor/departmenteditor.h"
#include "document/document.h"
#include "models/navigationmodel.h"
#include "editor/projectseditor.h"
#include "editor/reasonseditor.h"
#include "editor/tableformeditor.h"
#include "models/tableformmodel.h"
#include "editor/tableformview.h"
#include "editor/texteditor.h"
#include "editor/workflowpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

EditorWorkspace::EditorWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_navigation(new NavigationModel(this))
    , m_tree(new QTreeView(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    m_tree->setModel(m_navigation);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(260);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c3b00; border-bottom: 1px solid #d89614;"));
    m_banner->hide();

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 1100 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString entry = current.data(NavigationModel::EntryRole).toString();
        if (!entry.isEmpty())
            showEntry(entry);
    });
}

void EditorWorkspace::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    for (QWidget *editor : std::as_const(m_editors))
        delete editor;
    m_editors.clear();
    m_current.clear();
    m_document = document;
    m_navigation->setDocument(document);
    m_tree->expandAll();
    if (m_document) {
        connect(m_document, &Document::readOnlyChanged, this, &EditorWorkspace::updateBanner);
        // A new document starts on the order of work; one with figures on its first table.
        const bool fresh = m_document->data().cells.isEmpty() && m_document->data().classRows.isEmpty();
        showEntry(fresh || m_document->reportTemplate().tables().isEmpty()
                          ? QStringLiteral("start")
                          : QStringLiteral("table:") + m_document->reportTemplate().tables().first().id);
    }
    updateBanner();
}

QWidget *EditorWorkspace::createEditor(const QString &entry)
{
    const QString id = entry.section(QLatin1Char(':'), 1);
    if (entry.startsWith(QLatin1String("table:")) || entry.startsWith(QLatin1String("sheet:"))) {
        if (!m_document->reportTemplate().table(id))
            return nullptr;
        auto *editor = new TableFormEditor(m_document, id);
        connect(editor, &TableFormEditor::historyRequested, this, &EditorWorkspace::cellHistoryRequested);
        connect(editor, &TableFormEditor::commentRequested, this, &EditorWorkspace::cellCommentRequested);
        editor->setUnit(m_unit);
        editor->setZoom(m_zoom);
        return editor;
    }
    if (entry.startsWith(QLatin1String("text:"))) {
        for (const TextSlot &slot : m_document->reportTemplate().texts()) {
            if (slot.key == id)
                return new TextEditor(m_document, slot.key, slot.title);
        }
        return nullptr;
    }
    if (entry == QLatin1String("start")) {
        auto *page = new WorkflowPage(m_navigation);
        connect(page, &WorkflowPage::entryRequested, this, &EditorWorkspace::showEntry);
        return page;
    }
    if (entry == QLatin1String("department"))
        return new DepartmentEditor(m_document);
    if (entry == QLatin1String("projects"))
        return new ProjectsEditor(m_document);
    if (entry == QLatin1String("reasons"))
        return new ReasonsEditor(m_document);
    if (entry == QLatin1String("narrative")) {
        auto *view = new NarrativeView;
        view->setDocument(m_document);
        connect(view, &NarrativeView::cellActivated, this, &EditorWorkspace::showCell);
        connect(view, &NarrativeView::projectActivated, this, [this] { showEntry(QStringLiteral("projects")); });
        return view;
    }
    if (entry == QLatin1String("charts")) {
        auto *charts = new ChartsPage;
        charts->setDocument(m_document);
        return charts;
    }
    return nullptr;
}

void EditorWorkspace::showCell(const CellRef &ref)
{
    const TableDef *table = m_document ? m_document->reportTemplate().table(ref.sheet) : nullptr;
    if (!table || !showEntry((table->statutory ? QStringLiteral("table:") : QStringLiteral("sheet:")) + ref.sheet))
        return;
    TableFormEditor *editor = tableEditor(ref.sheet);
    const QModelIndex index = editor->model()->indexOf(ref);
    if (!index.isValid())
        return;
    editor->view()->setCurrentIndex(index);
    editor->view()->scrollTo(index);
    editor->view()->setFocus();
}

void EditorWorkspace::showLocation(const FindingLocation &location)
{
    switch (location.kind) {
    case FindingLocation::Kind::Cell:
        showCell(location.cell);
        return;
    case FindingLocation::Kind::Project:
        showEntry(QStringLiteral("projects"));
        return;
    case FindingLocation::Kind::Department:
        showEntry(QStringLiteral("department"));
        return;
    case FindingLocation::Kind::Text:
        // A template text has an editor of its own; reasons and explanations share one; a
        // finding in the generated explanation or in a pasted text shows the explanation.
        if (showEntry(QStringLiteral("text:") + location.textKey))
            return;
        if (!location.textKey.isEmpty() && m_document->reportTemplate().acceptsTextKey(location.textKey))
            showEntry(QStringLiteral("reasons"));
        else
            showEntry(QStringLiteral("narrative"));
        return;
    }
}

bool EditorWorkspace::showEntry(const QString &entry)
{
    if (!m_document)
        return false;
    QWidget *editor = m_editors.value(entry);
    if (!editor) {
        editor = createEditor(entry);
        if (!editor)
            return false;
        m_editors.insert(entry, editor);
        m_stack->addWidget(editor);
    }
    m_stack->setCurrentWidget(editor);
    m_current = entry;
    emit entryShown(entry);
    const QModelIndex index = m_navigation->indexOfEntry(entry);
    if (m_tree->currentIndex() != index)
        m_tree->setCurrentIndex(index);
    return true;
}

TableFormEditor *EditorWorkspace::tableEditor(const QString &tableId) const
{
    const bool statutory = m_document && m_document->reportTemplate().table(tableId)
            && m_document->reportTemplate().table(tableId)->statutory;
    return qobject_cast<TableFormEditor *>(
            m_editors.value((statutory ? QStringLiteral("table:") : QStringLiteral("sheet:")) + tableId));
}

void EditorWorkspace::setUnit(MoneyUnit unit)
{
    m_unit = unit;
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *table = qobject_cast<TableFormEditor *>(editor))
            table->setUnit(unit);
    }
}

void EditorWorkspace::setZoom(int percent)
{
    m_zoom = percent;
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *table = qobject_cast<TableFormEditor *>(editor))
            table->setZoom(percent);
    }
}

void EditorWorkspace::updateBanner()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    if (readOnly) {
        const QString reason = m_document->readOnlyReason();
        m_banner->setText(tr("Read-only: changes cannot be made to this document.") + QLatin1Char(' ') + reason);
    }
    m_banner->setVisible(readOnly);
}

void EditorWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_navigation->retranslate();
        updateBanner();
    }
    QWidget::changeEvent(event);
}
