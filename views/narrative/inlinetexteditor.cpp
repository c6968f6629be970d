#include "narrative/inlinetexteditor.h"

#include <QKeyEvent>

InlineTextEditor::InlineTextEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFrameShape(QFrame::Box);
    setTabChangesFocus(true);
    hide();
}

void InlineTextEditor::edit(const QString &text)
{
    m_active = true;
    setPlainText(text);
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void InlineTextEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void InlineTextEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as a table cell editor does.
    finish(true);
}

void InlineTextEditor::finish(bool commit)
{
    // Hiding moves the focus away, which would finish a second time.
    if (!m_active)
        return;
    m_active = false;
    hide();
    if (commit)
        emit committed(toPlainText());
    else
        emit cancelled();
}
