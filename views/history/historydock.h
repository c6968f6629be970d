#pragma once

#include "money/money.h"

#include <QDockWidget>

class Document;
class HistoryTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
struct CellRef;

// The change history dock: the document's recorded changes, newest first, for the whole
// document, the section being edited or one cell; an entry's old value can be restored as a
// new undoable edit.
class HistoryDock : public QDockWidget {
    Q_OBJECT

public:
    enum class Scope { Document, Section, Cell, Review };

    explicit HistoryDock(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setUnit(MoneyUnit unit);
    // The navigation entry being edited ("table:T5", "text:duties", "projects"…): what the
    // section scope shows.
    void setCurrentEntry(const QString &entry);
    // The selected cell: what the cell scope shows.
    void setCurrentCell(const CellRef &ref);
    // Shows the dock with the history of one cell (the cell menu's 查看此数的修改记录).
    void showCell(const CellRef &ref);
    void setScope(Scope scope);

    HistoryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Restores the old value of the entry in `row` of the view; a problem is shown to the user.
    bool restoreRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateButtons();
    void showMenu(const QPoint &pos);
    void retranslate();

    Document *m_document = nullptr;
    HistoryTableModel *m_model;
    QComboBox *m_scope;
    QLabel *m_what;
    QTableView *m_view;
    QPushButton *m_restore;
    QString m_entry;
    QString m_cell;
};
