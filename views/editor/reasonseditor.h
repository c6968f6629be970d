#pragma once

#include <QWidget>

class Document;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReasonListModel;

// Editor of the reasons and uses the narrative quotes ("reason.totalChange", "use.201", …):
// a list of the keys written so far, and below it the key and text being edited. Typing a
// new key and its text adds it; every change is written through as an undoable SetText.
class ReasonsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReasonsEditor(Document *document, QWidget *parent = nullptr);

    ReasonListModel *model() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QPlainTextEdit *textEdit() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onRowSelected();
    void onKeyEdited();
    void onTextEdited();
    void onDocumentText(const QString &key);
    void removeCurrent();
    QStringList suggestedKeys() const;

    Document *m_document;
    ReasonListModel *m_model;
    QTableView *m_list;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_subject;
    QPlainTextEdit *m_text;
    QPushButton *m_remove;
    QLabel *m_error;
    bool m_loading = false;
};
