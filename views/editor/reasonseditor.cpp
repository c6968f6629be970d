#include "editor/reasonseditor.h"

#include "document/document.h"
#include "models/reasonlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReasonsEditor::ReasonsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ReasonListModel(this))
    , m_list(new QTableView(this))
    , m_subject(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_clear(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_model->setDocument(document);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ReasonListModel::SubjectColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ReasonListModel::TextColumn, QHeaderView::Stretch);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setUndoRedoEnabled(false); // the document's undo stack is the only one
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subject, 1);
    subjectRow->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(subjectRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReasonsEditor::onRowSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_list->resizeRowsToContents();
        onRowSelected();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_list, &QTableView::resizeRowsToContents);
    // Wrapped texts need their rows measured again once the columns have their width.
    // Queued: the header resizes its sections one by one, and all must have their width first.
    connect(m_list->horizontalHeader(), &QHeaderView::sectionResized, m_list, &QTableView::resizeRowsToContents,
            Qt::QueuedConnection);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonsEditor::onTextEdited);
    connect(m_clear, &QPushButton::clicked, this, &ReasonsEditor::clearCurrent);
    connect(document, &Document::textChanged, this, &ReasonsEditor::onDocumentText);
    connect(document, &Document::readOnlyChanged, this, [this](bool readOnly) { m_text->setReadOnly(readOnly); });
    m_text->setReadOnly(document->isReadOnly());
    m_list->resizeRowsToContents();
    retranslate();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, ReasonListModel::TextColumn));
    onRowSelected();
}

bool ReasonsEditor::showReason(const QString &key)
{
    const int row = m_model->rowForKey(key);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, ReasonListModel::TextColumn));
    m_list->scrollTo(m_list->currentIndex());
    m_text->setFocus();
    return true;
}

QString ReasonsEditor::currentKey() const
{
    return m_list->currentIndex().data(ReasonListModel::KeyRole).toString();
}

void ReasonsEditor::retranslate()
{
    m_clear->setText(tr("Clear"));
    m_text->setPlaceholderText(tr("The reason or use, as it should read in the explanations"));
}

void ReasonsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReasonsEditor::onRowSelected()
{
    const QString key = currentKey();
    m_loading = true;
    m_text->setPlainText(m_document->data().texts.value(key));
    m_loading = false;
    m_subject->setText(key.isEmpty() ? QString() : m_model->subject(key));
    m_text->setEnabled(!key.isEmpty());
    m_clear->setEnabled(!key.isEmpty());
    m_error->clear();
}

void ReasonsEditor::onTextEdited()
{
    if (m_loading || currentKey().isEmpty())
        return;
    QString error;
    if (!m_model->setText(currentKey(), m_text->toPlainText(), &error))
        m_error->setText(error);
    else
        m_error->clear();
}

void ReasonsEditor::onDocumentText(const QString &key)
{
    const QString text = m_document->data().texts.value(key);
    if (key != currentKey() || text == m_text->toPlainText())
        return;
    m_loading = true;
    m_text->setPlainText(text);
    m_loading = false;
}

void ReasonsEditor::clearCurrent()
{
    QString error;
    if (!m_model->setText(currentKey(), QString(), &error))
        m_error->setText(error);
}
