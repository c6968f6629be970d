#include "review/reviewactions.h"

#include "review/reviewwindow.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>

ReviewActions::ReviewActions(const TemplateLibrary &library, QWidget *parent)
    : QObject(parent), m_library(library), m_parent(parent), m_openFolder(new QAction(this))
{
    m_openFolder->setObjectName(QStringLiteral("OpenFolderAction"));
    connect(m_openFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_parent, tr("Open a folder of documents and published PDFs to review"));
        if (!folder.isEmpty())
            openFolder(folder);
    });
    // The window retranslates its menus on a language change; this action follows it.
    parent->installEventFilter(this);
    retranslate();
}

ReviewWindow *ReviewActions::openFolder(const QString &folder)
{
    auto *window = new ReviewWindow(m_library, m_parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ReviewWindow::openRequested, this, &ReviewActions::openRequested);
    connect(window, &ReviewWindow::importRequested, this, &ReviewActions::importRequested);
    window->show();
    window->openFolder(folder);
    return window;
}

bool ReviewActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReviewActions::retranslate()
{
    m_openFolder->setText(tr("Open &Folder…"));
    m_openFolder->setStatusTip(tr("Review every document and published PDF under a folder in one table"));
}
