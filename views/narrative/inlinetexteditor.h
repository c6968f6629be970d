#pragma once

#include <QPlainTextEdit>

// A small editor laid over the narrative for one reason or text: Enter (or leaving it)
// commits, Shift+Enter starts a new line, Escape cancels.
class InlineTextEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit InlineTextEditor(QWidget *parent = nullptr);

    // Shows the editor with `text`, selected, and takes the focus.
    void edit(const QString &text);

signals:
    void committed(const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool commit);

    bool m_active = false;
};
