#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class Document;
class TableFormEditor;

// A fresh copy of the sample with a window of its table editors side by side: what the editor
// tests drive with key and mouse events.
class TableEditorsWindow
{
public:
    explicit TableEditorsWindow(const QStringList &tableIds);
    ~TableEditorsWindow();

    Document *document() const { return m_document.get(); }
    TableFormEditor *editor(const QString &tableId) const { return m_editors.value(tableId); }
    // Adds the editor of one more table to the window.
    TableFormEditor *open(const QString &tableId);
    // Shows the window and waits until it is the active one, as typing needs.
    bool activate();

private:
    std::unique_ptr<Document> m_document; // outlives the editors, which are the window's children
    QWidget m_window;
    QHash<QString, TableFormEditor *> m_editors;
};
