#pragma once

#include <QWidget>

class Document;
class QLabel;
class QPlainTextEdit;

// Editor of one free text of the disclosure (duties, organisation, Part 4, glossary…): every
// change is written through as an undoable SetText; undo and redo come back into the editor.
class TextEditor : public QWidget
{
    Q_OBJECT

public:
    TextEditor(Document *document, const QString &key, const QString &title, QWidget *parent = nullptr);

    QPlainTextEdit *edit() const { return m_edit; }

private:
    void onUserEdit();
    void onDocumentText(const QString &key);
    void updateReadOnly();

    Document *m_document;
    QString m_key;
    QLabel *m_title;
    QPlainTextEdit *m_edit;
    bool m_loading = false;
};
