#pragma once

#include <QWidget>

class Document;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReasonListModel;

// Editor of the reasons and uses the narrative quotes: every one the narrative asks for, named
// by what it explains ("公务用车购置费支出2.00万元，主要原因是……"), written or still to be
// written; below the list the selected one's text. Every change is an undoable SetText.
class ReasonsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReasonsEditor(Document *document, QWidget *parent = nullptr);

    ReasonListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    QPlainTextEdit *textEdit() const { return m_text; }
    // Selects the reason stored under `key` (from a figure or a finding) and puts the cursor in it.
    bool showReason(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onRowSelected();
    void onTextEdited();
    void onDocumentText(const QString &key);
    void clearCurrent();
    QString currentKey() const;

    Document *m_document;
    ReasonListModel *m_model;
    QTableView *m_list;
    QLabel *m_subject;
    QPlainTextEdit *m_text;
    QPushButton *m_clear;
    QLabel *m_error;
    bool m_loading = false;
};
