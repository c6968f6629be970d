#pragma once

#include "document/cellref.h"
#include "money/money.h"

#include <QHash>
#include <QWidget>

class Document;
struct FindingLocation;
class NavigationModel;
class QLabel;
class QStackedWidget;
class QTreeView;
class TableFormEditor;
class TableFormView;

// The navigation tree of the disclosure on the left and the editor of the selected entry in
// the centre. Editors are made when first shown and kept, so that every open view follows
// every change; they are all replaced when the document changes.
class EditorWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit EditorWorkspace(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    // Shows the editor of an entry id of the NavigationModel ("table:T5", "text:duties", …).
    bool showEntry(const QString &entry);
    QString currentEntry() const { return m_current; }
    QWidget *editor(const QString &entry) const { return m_editors.value(entry); }
    TableFormEditor *tableEditor(const QString &tableId) const;
    // Shows the editor a figure or a finding points to, with the cell selected.
    void showCell(const CellRef &ref);
    void showLocation(const FindingLocation &location);
    NavigationModel *navigation() const { return m_navigation; }
    QTreeView *tree() const { return m_tree; }

    void setUnit(MoneyUnit unit);
    MoneyUnit unit() const { return m_unit; }
    void setZoom(int percent);
    int zoom() const { return m_zoom; }

signals:
    // An entry's editor was shown ("table:T5", "text:duties"…).
    void entryShown(const QString &entry);
    // A cell's menu asked for the cell's change history.
    void cellHistoryRequested(const CellRef &ref);
    // A table's cell menu asked for a comment on the cell.
    void cellCommentRequested(const CellRef &cell);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createEditor(const QString &entry);
    void updateBanner();

    Document *m_document = nullptr;
    NavigationModel *m_navigation;
    QTreeView *m_tree;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QHash<QString, QWidget *> m_editors;
    QString m_current;
    MoneyUnit m_unit = MoneyUnit::Wanyuan;
    int m_zoom = 100;
};
