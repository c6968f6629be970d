#pragma once

#include <QWidget>

class Document;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class TableFormView;

// Adds and removes the classification (项) rows of one table: the user types a code or part
// of a name, picks from the code book, and the row appears with its 类 and 款 rows in every
// table that lists that fund's 科目. Both are undoable commands.
class ClassRowBar : public QWidget
{
    Q_OBJECT

public:
    ClassRowBar(Document *document, const QString &tableId, TableFormView *view, QWidget *parent = nullptr);

    // Adds the row for the code at the start of `text` ("2010601" or "2010601 行政运行").
    bool addRow(const QString &text);
    // Removes the 项 row of the current cell.
    bool removeCurrentRow();
    QString error() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &text);
    void selectRow(const QString &code);
    // The tables to remove `code` from; empty when the user cancels.
    QStringList tablesToRemoveFrom(const QString &code);

    Document *m_document;
    QString m_tableId;
    TableFormView *m_view;
    QLineEdit *m_code;
    QCompleter *m_completer;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
};
