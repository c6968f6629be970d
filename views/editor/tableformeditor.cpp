#include "editor/tableformeditor.h"

#include "editor/classrowbar.h"
#include "editor/reasondialog.h"
#include "document/document.h"
#include "models/formulatext.h"
#include "models/reasoncatalog.h"
#include "models/tableformmodel.h"
#include "editor/tableformview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

TableFormEditor::TableFormEditor(Document *document, const QString &tableId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_def(document->reportTemplate().table(tableId))
    , m_model(new TableFormModel(tableId, this))
    , m_view(new TableFormView(this))
    , m_number(new QLabel(this))
    , m_title(new QLabel(this))
    , m_department(new QLabel(this))
    , m_unit(new QLabel(this))
    , m_note(new QLabel(this))
    , m_sources(new QLabel(this))
{
    m_model->setDocument(document);
    m_view->setFormModel(m_model);

    m_number->setText(m_def->number);
    m_number->setAlignment(Qt::AlignRight);
    m_title->setText(m_def->title);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #555;"));
    m_sources->setWordWrap(true);
    m_sources->setAlignment(Qt::AlignCenter);
    m_sources->setStyleSheet(QStringLiteral("color: #555;"));

    auto *heading = new QGridLayout;
    heading->addWidget(m_number, 0, 1);
    heading->addWidget(m_title, 1, 0, 1, 2);
    heading->addWidget(m_sources, 2, 0, 1, 2);
    heading->addWidget(m_department, 3, 0);
    heading->addWidget(m_unit, 3, 1, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    if (m_def->hasClassificationRows()) {
        m_rowBar = new ClassRowBar(document, tableId, m_view, this);
        layout->addWidget(m_rowBar);
    }
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableFormEditor::showCellMenu);
    connect(document, &Document::departmentChanged, this, &TableFormEditor::retranslate);
    connect(document, &Document::cellsChanged, this, &TableFormEditor::updateNote);
    connect(document, &Document::layoutChanged, this, &TableFormEditor::updateNote);
    connect(document, &Document::layoutChanged, this, &TableFormEditor::updateSources);
    retranslate();
}

QMenu *TableFormEditor::showCellMenu(const QPoint &pos)
{
    const CellRef cell = m_model->cellRef(m_view->indexAt(pos));
    if (!cell.isValid())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const ReasonCatalog catalog = ReasonCatalog::build(*m_document);
    const QStringList keys = catalog.keysForCell(cell);
    QAction *write = menu->addAction(keys.isEmpty() ? tr("The explanations ask no reason for this figure")
                                                    : tr("Write the reason for this figure…"));
    write->setEnabled(!keys.isEmpty() && !m_document->isReadOnly());
    connect(write, &QAction::triggered, this, [this, catalog, keys] {
        auto *dialog = new ReasonDialog(m_document, catalog, keys, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *history = menu->addAction(tr("Show the Changes of This Figure…"));
    connect(history, &QAction::triggered, this, [this, cell] { emit historyRequested(cell); });
    QAction *comment = menu->addAction(tr("Add a comment on this cell…"));
    connect(comment, &QAction::triggered, this, [this, cell] { emit commentRequested(cell); });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
    return menu;
}

void TableFormEditor::setUnit(MoneyUnit unit)
{
    m_model->setUnit(unit);
    retranslate();
}

void TableFormEditor::setZoom(int percent)
{
    m_view->setZoom(percent);
}

void TableFormEditor::retranslate()
{
    m_department->setText(tr("Prepared by: %1").arg(m_document->data().department.name));
    updateUnit();
    updateSources();
    updateNote();
}

void TableFormEditor::updateUnit()
{
    // A sheet of counts (vehicles, buildings) has no money unit; a mixed one says so.
    bool money = false;
    bool counts = false;
    for (const LayoutBlock &block : m_document->layout().table(m_def->id)->blocks) {
        for (const LayoutRow &row : block.rows)
            (row.type == ValueType::Count ? counts : money) = true;
    }
    const QString unit = Money::unitName(m_model->unit());
    m_unit->setText(counts ? tr("Unit: %1 (counts in their own units)").arg(unit) : tr("Unit: %1").arg(unit));
    m_unit->setVisible(money);
}

void TableFormEditor::updateSources()
{
    // Where the shaded cells come from, generated from the template's formulas.
    const QStringList sources = FormulaText::sourceTables(*m_document, m_def->id);
    if (!sources.isEmpty())
        m_sources->setText(tr("Shaded cells are computed: from %1, and totals from the rows they add up.")
                                   .arg(sources.join(tr("; "))));
    else
        m_sources->setText(tr("Shaded cells are computed: totals and subtotals add up the rows below them."));
    m_sources->setVisible(FormulaText::hasDerivedCells(*m_document, m_def->id));
}

void TableFormEditor::updateNote()
{
    // An empty 政府性基金 or 国有资本经营 table is printed with its explanation instead of figures.
    bool empty = !m_def->emptyNote.isEmpty();
    for (auto it = m_document->data().cells.constBegin(); empty && it != m_document->data().cells.constEnd(); ++it)
        empty = it.key().sheet != m_def->id;
    QString note = m_def->note;
    if (empty)
        note = m_def->emptyNote + (note.isEmpty() ? QString() : QLatin1Char('\n') + note);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void TableFormEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
