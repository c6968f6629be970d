#pragma once

#include "print/pagesetupstore.h"

#include <QObject>
#include <QPointer>

class Document;
class QPrinter;
class QSettings;
class QWidget;

// The File menu's printing actions for the open document: print preview, print, page setup
// and PDF export. Each starts from a fresh snapshot of the document and remembers the page
// setup per document file. A final version is exported only once no reason is empty and the
// audit finds no error; until then only a draft is offered.
class DisclosurePrinter : public QObject {
    Q_OBJECT

public:
    DisclosurePrinter(QSettings &settings, QWidget *parent);

    void setDocument(Document *document);
    Document *document() const;

    void preview();
    void print();
    void pageSetup();
    // Asks for a file name; `final` drops the draft watermark, once nothing stands in the way.
    void exportPdf(bool final = false);
    void exportOdt();

signals:
    void exported(const QString &path);

private:
    void preparePrinter(QPrinter *printer) const;
    void rememberPageSetup(const QPrinter &printer);

    QWidget *m_parent;
    PageSetupStore m_pageSetup;
    QPointer<Document> m_document;
};
