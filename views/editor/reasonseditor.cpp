#include "editor/reasonseditor.h"

#include "document/document.h"
#include "models/reasonlistmodel.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReasonsEditor::ReasonsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ReasonListModel(this))
    , m_list(new QTableView(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_subject(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_remove(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_model->setDocument(document);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->setColumnWidth(ReasonListModel::KeyColumn, 220);
    m_list->setColumnWidth(ReasonListModel::SubjectColumn, 320);
    auto *completer = new QCompleter(suggestedKeys(), m_key);
    completer->setFilterMode(Qt::MatchContains);
    m_key->setCompleter(completer);
    m_text->setUndoRedoEnabled(false); // the document's undo stack is the only one
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyLabel);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(keyRow);
    layout->addWidget(m_subject);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReasonsEditor::onRowSelected);
    connect(m_key, &QLineEdit::textChanged, this, &ReasonsEditor::onKeyEdited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonsEditor::onTextEdited);
    connect(m_remove, &QPushButton::clicked, this, &ReasonsEditor::removeCurrent);
    connect(document, &Document::textChanged, this, &ReasonsEditor::onDocumentText);
    connect(document, &Document::readOnlyChanged, this, [this](bool readOnly) { m_text->setReadOnly(readOnly); });
    m_text->setReadOnly(document->isReadOnly());
    retranslate();
}

QStringList ReasonsEditor::suggestedKeys() const
{
    // The keys the narrative asks for most: a reason per 项 and a use per 类 of table 5.
    QStringList keys;
    for (const QString &code : m_document->data().classRows.value(QStringLiteral("T5"))) {
        keys.append(QStringLiteral("reason.item.") + code);
        const QString classKey = QStringLiteral("use.") + code.left(3);
        if (!keys.contains(classKey))
            keys.append(classKey);
    }
    keys.append(m_document->reportTemplate().textPrefixes());
    return keys;
}

void ReasonsEditor::retranslate()
{
    m_keyLabel->setText(tr("Key:"));
    m_key->setPlaceholderText(tr("e.g. reason.totalChange, reason.item.2010601, use.201"));
    m_remove->setText(tr("Remove"));
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
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_key->setText(current.data(ReasonListModel::KeyRole).toString());
}

void ReasonsEditor::onKeyEdited()
{
    const QString key = m_key->text().trimmed();
    m_loading = true;
    m_text->setPlainText(m_document->data().texts.value(key));
    m_loading = false;
    m_subject->setText(m_model->isReasonKey(key) ? m_model->subject(key) : QString());
    m_error->clear();
    const int row = m_model->rowForKey(key);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, ReasonListModel::KeyColumn));
}

void ReasonsEditor::onTextEdited()
{
    if (m_loading)
        return;
    QString error;
    if (!m_model->setText(m_key->text().trimmed(), m_text->toPlainText(), &error))
        m_error->setText(error);
    else
        m_error->clear();
}

void ReasonsEditor::onDocumentText(const QString &key)
{
    const QString text = m_document->data().texts.value(key);
    if (key != m_key->text().trimmed() || text == m_text->toPlainText())
        return;
    m_loading = true;
    m_text->setPlainText(text);
    m_loading = false;
}

void ReasonsEditor::removeCurrent()
{
    QString error;
    if (!m_model->setText(m_key->text().trimmed(), QString(), &error))
        m_error->setText(error);
}
