#include "print/finalexportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

FinalExportDialog::FinalExportDialog(const QStringList &emptyReasons, const QStringList &errors, QWidget *parent,
                                     const QStringList &unapprovedSections)
    : QDialog(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("FinalExportDialog"));
    setWindowTitle(tr("Export Final Version"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("The final version can be exported once every reason is written and every audit error "
                          "is corrected. Still open: %1 and %2. Until then the disclosure can be exported only as "
                          "a draft.")
                               .arg(tr("%n empty reason(s)", nullptr, int(emptyReasons.size())),
                                    tr("%n error(s)", nullptr, int(errors.size()))));
    if (!unapprovedSections.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("%n section(s) are not approved yet.", nullptr, int(unapprovedSections.size())));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    for (const QString &reason : emptyReasons)
        m_list->addItem(tr("Reason to write — %1").arg(reason));
    for (const QString &error : errors)
        m_list->addItem(tr("Error — %1").arg(error));
    for (const QString &section : unapprovedSections)
        m_list->addItem(tr("Not approved — %1").arg(section));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_draft = buttons->addButton(tr("Export as &Draft…"), QDialogButtonBox::AcceptRole);
    m_draft->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}
