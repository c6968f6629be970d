#include "editor/texteditor.h"

#include "commands/settext.h"
#include "document/document.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

TextEditor::TextEditor(Document *document, const QString &key, const QString &title, QWidget *parent)
    : QWidget(parent), m_document(document), m_key(key), m_title(new QLabel(title, this)),
      m_edit(new QPlainTextEdit(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The document's undo stack is the only one, so that Ctrl+Z undoes across all editors alike.
    m_edit->setUndoRedoEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_edit, 1);
    onDocumentText(m_key);
    updateReadOnly();
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TextEditor::onUserEdit);
    connect(document, &Document::textChanged, this, &TextEditor::onDocumentText);
    connect(document, &Document::readOnlyChanged, this, &TextEditor::updateReadOnly);
}

void TextEditor::onUserEdit()
{
    if (m_loading)
        return;
    const QString text = m_edit->toPlainText();
    if (text != m_document->data().texts.value(m_key))
        m_document->push(new SetText(m_document, m_key, text));
}

void TextEditor::onDocumentText(const QString &key)
{
    const QString text = m_document->data().texts.value(m_key);
    if (key != m_key || text == m_edit->toPlainText())
        return;
    m_loading = true;
    const int position = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    m_edit->setTextCursor(cursor);
    m_loading = false;
}

void TextEditor::updateReadOnly()
{
    m_edit->setReadOnly(m_document->isReadOnly());
}
