#include "tableeditorswindow.h"

#include "editor/tableformeditor.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTest>

TableEditorsWindow::TableEditorsWindow(Document *document, const QStringList &tableIds) : m_document(document)
{
    m_window.setLayout(new QHBoxLayout);
    m_window.resize(1400, 800);
    for (const QString &id : tableIds)
        open(id);
}

TableFormEditor *TableEditorsWindow::open(const QString &tableId)
{
    auto *editor = new TableFormEditor(m_document, tableId, &m_window);
    m_window.layout()->addWidget(editor);
    m_editors.insert(tableId, editor);
    return editor;
}

bool TableEditorsWindow::activate()
{
    m_window.show();
    QApplication::setActiveWindow(&m_window);
    return QTest::qWaitForWindowActive(&m_window);
}
