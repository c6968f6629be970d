#include "history/historydock.h"

#include "commands/cellwording.h"
#include "document/document.h"
#include "history/historyrestore.h"
#include "history/historytablemodel.h"
#include "signoff/reviewsections.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The history sections a navigation entry stands for: its edits' and those of its review
// section (a text's part, "reasons"), whose steps and comments are listed with them.
QStringList sectionsOf(const Document &document, const QString &entry)
{
    const QStringList review = ReviewSections::ofEntry(document, entry);
    const QString id = entry.section(QLatin1Char(':'), 1);
    if (entry.startsWith(QLatin1String("table:")) || entry.startsWith(QLatin1String("sheet:"))
        || entry.startsWith(QLatin1String("text:")))
        return QStringList { id } + review;
    if (entry == QLatin1String("department"))
        return { QStringLiteral("department") };
    if (entry == QLatin1String("projects"))
        return { QStringLiteral("project.") };
    if (entry == QLatin1String("reasons"))
        return document.reportTemplate().textPrefixes() + review;
    return {};
}

// The section's name as the navigation shows it: a table's or text's title.
QString sectionTitle(const Document &document, const QString &entry)
{
    const QString id = entry.section(QLatin1Char(':'), 1);
    if (const TableDef *table = document.reportTemplate().table(id))
        return table->title;
    for (const TextSlot &slot : document.reportTemplate().texts()) {
        if (slot.key == id)
            return slot.title;
    }
    return QString();
}

} // namespace

HistoryDock::HistoryDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new HistoryTableModel(this))
    , m_scope(new QComboBox(this))
    , m_what(new QLabel(this))
    , m_view(new QTableView(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("HistoryDock"));
    m_scope->addItems({ QString(), QString(), QString(), QString() });
    // The items are named after construction (and again on a language change).
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_what->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Time, who and how are short and fit their contents; what takes the room that is left.
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column :
        { HistoryTableModel::TimeColumn, HistoryTableModel::UserColumn, HistoryTableModel::KindColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryTableModel::SubjectColumn, QHeaderView::Stretch);
    for (const int column : { HistoryTableModel::OldColumn, HistoryTableModel::NewColumn }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    }
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_what, 1);
    top->addWidget(m_restore);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &HistoryDock::applyFilter);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            restoreRow(current.row());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryDock::showMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDock::updateButtons);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistoryDock::updateButtons);
    retranslate();
}

void HistoryDock::setDocument(Document *document)
{
    // The entry stays: the workspace announces the new document's first entry before the dock
    // is given the document.
    m_document = document;
    m_cell.clear();
    m_model->setDocument(document);
    applyFilter();
}

void HistoryDock::setUnit(MoneyUnit unit)
{
    m_model->setUnit(unit);
}

void HistoryDock::setCurrentEntry(const QString &entry)
{
    m_entry = entry;
    if (m_scope->currentIndex() == int(Scope::Section))
        applyFilter();
}

void HistoryDock::setCurrentCell(const CellRef &ref)
{
    m_cell = ref.isValid() ? ref.toString() : QString();
    if (m_scope->currentIndex() == int(Scope::Cell))
        applyFilter();
}

void HistoryDock::showCell(const CellRef &ref)
{
    m_cell = ref.toString();
    setScope(Scope::Cell);
    applyFilter();
    show();
    raise();
}

void HistoryDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(int(scope));
}

void HistoryDock::applyFilter()
{
    HistoryTableModel::Filter filter;
    QString what;
    switch (Scope(m_scope->currentIndex())) {
    case Scope::Document:
        break;
    case Scope::Section:
        filter.mode = HistoryTableModel::Filter::Mode::Sections;
        filter.sections = m_document ? sectionsOf(*m_document, m_entry) : QStringList();
        what = m_document ? sectionTitle(*m_document, m_entry) : QString();
        break;
    case Scope::Cell:
        filter.mode = HistoryTableModel::Filter::Mode::Cell;
        filter.cell = m_cell;
        what = m_document && !m_cell.isEmpty()
            ? CellWording::cellName(m_document->layout(), CellRef::fromString(m_cell))
            : tr("No cell selected");
        break;
    case Scope::Review:
        filter.mode = HistoryTableModel::Filter::Mode::Review;
        what = tr("Review steps, signatures and comments");
        break;
    }
    m_what->setText(what);
    m_model->setFilter(filter);
}

void HistoryDock::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_restore->setEnabled(current.isValid() && current.data(HistoryTableModel::RestorableRole).toBool()
        && m_document && !m_document->isReadOnly());
}

bool HistoryDock::restoreRow(int row)
{
    if (!m_document || row < 0 || row >= m_model->rowCount())
        return false;
    QString error;
    if (HistoryRestore::restoreOldValue(m_document, m_model->entryAt(row), &error))
        return true;
    QMessageBox::warning(this, tr("Restore"), error);
    return false;
}

void HistoryDock::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    // A review step, a signature or a comment is undone in the review panel, not restored here.
    if (!index.isValid() || !HistoryRestore::canRestore(m_model->entryAt(index.row())))
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *restore = menu->addAction(tr("Restore the old value"));
    restore->setEnabled(
        index.data(HistoryTableModel::RestorableRole).toBool() && m_document && !m_document->isReadOnly());
    const int row = index.row();
    connect(restore, &QAction::triggered, this, [this, row] { restoreRow(row); });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void HistoryDock::retranslate()
{
    setWindowTitle(tr("Change History"));
    m_scope->setItemText(int(Scope::Document), tr("Whole document"));
    m_scope->setItemText(int(Scope::Section), tr("Current section"));
    m_scope->setItemText(int(Scope::Cell), tr("Selected cell"));
    m_scope->setItemText(int(Scope::Review), tr("Review and sign-off"));
    m_restore->setText(tr("Restore Old Value"));
    m_restore->setToolTip(tr("Puts the selected entry's old value back, as a new edit that can be undone."));
    applyFilter();
}

void HistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
