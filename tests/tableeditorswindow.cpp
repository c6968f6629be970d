#include "tableeditorswindow.h"

#include "document/document.h"
#include "editor/tableformeditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTest>

TableEditorsWindow::TableEditorsWindow(const QStringList &tableIds) : m_document(TestSupport::sampleDocument())
{
    m_window.setLayout(new QHBoxLayout);
    m_window.resize(1400, 800);
    for (const QString &id : tableIds)
        open(id);
}

TableEditorsWindow::~TableEditorsWindow() = default;

TableFormEditor *TableEditorsWindow::open(const QString &tableId)
{
    auto *editor = new TableFormEditor(m_document.get(), tableId, &m_window);
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
