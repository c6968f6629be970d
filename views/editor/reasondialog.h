#pragma once

#include <QDialog>
#include <QList>

class Document;
class QPlainTextEdit;
class ReasonCatalog;

// Writes the reasons a figure's sentence asks for, from the figure itself: each reason under
// what it explains, never its key. OK stores each changed text as an undoable SetText.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(Document *document, const ReasonCatalog &catalog, const QStringList &keys, QWidget *parent = nullptr);

    QList<QPlainTextEdit *> textEdits() const { return m_edits; }

    void accept() override;

private:
    Document *m_document;
    QStringList m_keys;
    QList<QPlainTextEdit *> m_edits;
};
