#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class Document;
class TableFormEditor;

// A window of table editors side by side, shown and active: what the editor tests drive with
// key and mouse events.
class TableEditorsWindow
{
public:
    TableEditorsWindow(Document *document, const QStringList &tableIds);

    TableFormEditor *editor(const QString &tableId) const { return m_editors.value(tableId); }
    // Adds the editor of one more table to the window.
    TableFormEditor *open(const QString &tableId);
    // Shows the window and waits until it is the active one, as typing needs.
    bool activate();

private:
    Document *m_document;
    QWidget m_window;
    QHash<QString, TableFormEditor *> m_editors;
};
