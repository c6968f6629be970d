#include "signoff/signdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

SignDialog::SignDialog(const QStringList &roles, const QString &name, QWidget *parent)
    : QDialog(parent), m_role(new QComboBox(this)), m_name(new QLineEdit(name, this))
{
    setObjectName(QStringLiteral("SignDialog"));
    setWindowTitle(tr("Sign"));
    m_role->addItems(roles);
    auto *note = new QLabel(tr("The signature records the sections approved now. A later change to one of them "
                               "shows the signature as no longer covering the content."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Role:"), m_role);
    layout->addRow(tr("Name:"), m_name);
    layout->addRow(note);
    layout->addRow(buttons);
}

QString SignDialog::role() const
{
    return m_role->currentText();
}

QString SignDialog::name() const
{
    return m_name->text();
}
