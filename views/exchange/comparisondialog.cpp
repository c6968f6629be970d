#include "exchange/comparisondialog.h"

#include "compare/comparisonreport.h"
#include "exchange/comparisonpdf.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ComparisonDialog::ComparisonDialog(DocumentComparison comparison, QWidget *parent)
    : QDialog(parent), m_comparison(std::move(comparison)), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Compare: %1 and %2").arg(m_comparison.before, m_comparison.after));
    m_browser->setHtml(ComparisonReport::toHtml(m_comparison));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, &ComparisonDialog::askAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(1000, 680);
}

bool ComparisonDialog::exportPdf(const QString &path)
{
    QString error;
    if (ComparisonPdf::write(m_comparison, path, &error))
        return true;
    QMessageBox::critical(this, tr("PDF not written"), error);
    return false;
}

void ComparisonDialog::askAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison as PDF"),
                                                      QDir::home().filePath(tr("comparison.pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}
