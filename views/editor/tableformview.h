#pragma once

#include <QFont>
#include <QTableView>

class CellMessage;
class TableFormModel;

// A table form that behaves like a spreadsheet: typing starts editing, Enter moves down,
// Tab moves right (both, and the arrows, skipping computed cells), F2 edits, Delete clears, Esc cancels, Ctrl+C/Ctrl+V copy and paste
// tab-separated ranges. Entries the document refuses stay in the cell with the reason shown
// beside it. The code and name columns stay in view while scrolling sideways.
class TableFormView : public QTableView
{
    Q_OBJECT

public:
    explicit TableFormView(QWidget *parent = nullptr);

    void setFormModel(TableFormModel *model);
    TableFormModel *formModel() const { return m_model; }

    // Text size in percent of the normal size.
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    const CellMessage *message() const { return m_message; }
    bool isEditing() const { return state() == EditingState; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

public slots: // invoked by name from the window's Edit menu, like QLineEdit's
    void copy();
    void cut();
    void paste();
    void clearSelectedCells();

public:
    void showMessage(const QModelIndex &index, const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void onModelReset();
    void onEntryRefused(const QModelIndex &index, const QString &message);
    void resizeColumns();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    int contentWidth(int column) const;
    void updateFrozenGeometry();
    void moveCurrent(CursorAction action);
    bool explainLocked(const QModelIndex &index);
    QRect selectedRange() const;
    int frozenWidth() const;

    TableFormModel *m_model = nullptr;
    QTableView *m_frozen;
    CellMessage *m_message;
    QFont m_baseFont;
    int m_zoom = 100;
    QString m_refusal; // set while the editor's text is being refused
};
