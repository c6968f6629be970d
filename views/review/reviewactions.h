#pragma once

#include <QObject>

class QAction;
class ReviewWindow;
class QWidget;
class TemplateLibrary;

// The File menu's 打开文件夹… (Open folder): asks for a folder and opens the supervisor's review
// window on it. Documents the window opens come back through openRequested, published PDFs to
// import through importRequested.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(const TemplateLibrary &library, QWidget *parent);

    QAction *openFolderAction() const { return m_openFolder; }
    // Opens a review window on `folder` (the step behind the action, for tests).
    ReviewWindow *openFolder(const QString &folder);

signals:
    void openRequested(const QString &path);
    void importRequested(const QString &pdf, const QString &templateId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    const TemplateLibrary &m_library;
    QWidget *m_parent;
    QAction *m_openFolder;
};
