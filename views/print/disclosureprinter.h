#pragma once

#include "print/pagesetupstore.h"

#include <QObject>
#include <QPointer>

class Document;
class QPrinter;
class QSettings;
class QWidget;

// The File menu's printing actions for the open document: print preview, print, page setup
// and PDF export. Each starts from a fresh snapshot of the document, remembers the page setup
// per document file, and asks before exporting a final version while the audit has errors.
class DisclosurePrinter : public QObject {
    Q_OBJECT

public:
    DisclosurePrinter(QSettings &settings, QWidget *parent);

    void setDocument(Document *document);
    Document *document() const;

    void preview();
    void print();
    void pageSetup();
    // Asks for a file name; `final` drops the draft watermark after the user confirms the errors.
    void exportPdf(bool final = false);
    void exportOdt();

private:
    void preparePrinter(QPrinter *printer) const;
    void rememberPageSetup(const QPrinter &printer);
    bool confirmFinal(const QStringList &errors);

    QWidget *m_parent;
    PageSetupStore m_pageSetup;
    QPointer<Document> m_document;
};
