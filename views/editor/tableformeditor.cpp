#include "editor/tableformeditor.h"

#include "editor/classrowbar.h"
#include "document/document.h"
#include "models/tableformmodel.h"
#include "editor/tableformview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
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

    auto *heading = new QGridLayout;
    heading->addWidget(m_number, 0, 1);
    heading->addWidget(m_title, 1, 0, 1, 2);
    heading->addWidget(m_department, 2, 0);
    heading->addWidget(m_unit, 2, 1, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    if (m_def->hasClassificationRows()) {
        m_rowBar = new ClassRowBar(document, tableId, m_view, this);
        layout->addWidget(m_rowBar);
    }
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(document, &Document::departmentChanged, this, &TableFormEditor::retranslate);
    connect(document, &Document::cellsChanged, this, &TableFormEditor::updateNote);
    connect(document, &Document::layoutChanged, this, &TableFormEditor::updateNote);
    retranslate();
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
    m_unit->setText(tr("Unit: %1").arg(Money::unitName(m_model->unit())));
    updateNote();
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
