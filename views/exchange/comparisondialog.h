#pragma once

#include "compare/documentcomparison.h"

#include <QDialog>

class QTextBrowser;

// Shows a comparison of two documents (changed inputs, derived figures, the narrative's
// blackline) and exports it as a PDF for the reviewer.
class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    ComparisonDialog(DocumentComparison comparison, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // Writes the PDF; on failure says why in a message box.
    bool exportPdf(const QString &path);

private:
    void askAndExport();

    DocumentComparison m_comparison;
    QTextBrowser *m_browser;
};
