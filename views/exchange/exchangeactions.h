#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class Document;
class QAction;
class QWidget;
class TemplateLibrary;

// The File menu's actions that move figures between documents and files: start next year's
// document (新建下一年度), import from and export to Excel, and compare with another document.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(const TemplateLibrary &library, QWidget *parent);

    void setDocument(Document *document);
    QList<QAction *> actions() const;
    void retranslate();

    // The steps behind the actions once the file names are known, for the actions and tests.
    bool exportXlsx(const QString &path);
    bool importXlsx(const QString &path);
    bool compareWith(const QString &path);
    bool rollForward(int year, const QString &path);

signals:
    // A new document file was written and should become the open document.
    void openRequested(const QString &path);

private:
    void askExportXlsx();
    void askImportXlsx();
    void askCompare();
    void askRollForward();
    void showSummary(const QString &title, const QString &text);
    QString documentFolder() const;

    const TemplateLibrary &m_library;
    QWidget *m_parent;
    QPointer<Document> m_document;
    QAction *m_rollForward;
    QAction *m_importXlsx;
    QAction *m_exportXlsx;
    QAction *m_compare;
};
