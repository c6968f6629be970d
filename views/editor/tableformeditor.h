#pragma once

#include "document/cellref.h"
#include "money/money.h"

#include <QWidget>

class ClassRowBar;
class Document;
class QLabel;
class QMenu;
class TableFormModel;
class TableFormView;
struct CellRef;
struct TableDef;

// The editor of one statutory table or supplementary sheet, laid out like the printed form:
// number and title, where its computed cells come from, the department and the unit, the
// table itself, and the table's note.
// Tables with classification rows get a bar to add and remove 项 rows. A figure the explanations
// ask a reason for offers, on its context menu, to write that reason.
class TableFormEditor : public QWidget
{
    Q_OBJECT

public:
    TableFormEditor(Document *document, const QString &tableId, QWidget *parent = nullptr);

    TableFormView *view() const { return m_view; }
    TableFormModel *model() const { return m_model; }
    ClassRowBar *rowBar() const { return m_rowBar; }

    // The cell's menu: write the reason its figure's sentence asks for, or comment on the cell.
    // Shown at `pos` of the view.
    QMenu *showCellMenu(const QPoint &pos);

    void setUnit(MoneyUnit unit);
    void setZoom(int percent);

signals:
    // The cell menu's 查看此数的修改记录: the user asked for the changes of this cell.
    void historyRequested(const CellRef &ref);
    void commentRequested(const CellRef &cell);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateNote();
    void updateUnit();
    void updateSources();

    Document *m_document;
    const TableDef *m_def;
    TableFormModel *m_model;
    TableFormView *m_view;
    ClassRowBar *m_rowBar = nullptr;
    QLabel *m_number;
    QLabel *m_title;
    QLabel *m_department;
    QLabel *m_unit;
    QLabel *m_note;
    QLabel *m_sources; // one line under the title: where the computed cells come from
};
