#pragma once

#include <QDialog>

#include <memory>

class Document;
class QCheckBox;
class QLabel;
class QTreeWidget;
class TemplateLibrary;
struct PdfDisclosure;

// The preview of a published PDF before it becomes a document: per table the pages, rows and
// figures read, and under each table what could not be read and the tails found; whether to
// take the whole disclosure or only last year's figures for next year's document.
class PdfImportDialog : public QDialog {
    Q_OBJECT

public:
    PdfImportDialog(const PdfDisclosure &read, const QString &pdfPath, QWidget *parent = nullptr);

    bool priorYearOnly() const;
    QTreeWidget *tables() const { return m_tables; }

    // File › Import PDF: asks for the PDF, then goes on as run() with the file.
    static std::unique_ptr<Document> run(QWidget *parent, const TemplateLibrary &library);
    // Asks which template the PDF follows (`templateId` offered first, else the default),
    // reads it, shows the preview and, once accepted, asks where to save and creates the
    // document. nullptr when cancelled or failed (then a message said why and nothing was
    // written).
    static std::unique_ptr<Document> run(
        QWidget *parent, const TemplateLibrary &library, const QString &pdf, const QString &templateId = QString());

private:
    void fill(const PdfDisclosure &read);

    QLabel *m_heading;
    QTreeWidget *m_tables;
    QCheckBox *m_prior;
};
