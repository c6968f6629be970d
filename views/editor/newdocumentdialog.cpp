#include "editor/newdocumentdialog.h"

#include "profile/templatelibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

NewDocumentDialog::NewDocumentDialog(const TemplateLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_template(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
{
    setWindowTitle(tr("New disclosure"));
    for (const QString &id : library.ids())
        m_template->addItem(library.find(id)->title(), id);
    m_template->setCurrentIndex(m_template->findData(library.defaultId()));
    for (const auto kind : { DepartmentInfo::Kind::Administrative, DepartmentInfo::Kind::CivilServiceManaged,
                             DepartmentInfo::Kind::Institution })
        m_kind->addItem(DepartmentInfo::kindName(kind), int(kind));
    m_year->setRange(2000, 2100);
    const auto syncYear = [this] {
        if (const auto chosen = m_library.find(templateId()))
            m_year->setValue(chosen->year());
    };
    syncYear();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Department name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Year"), m_year);
    form->addRow(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, syncYear);
    connect(m_name, &QLineEdit::textChanged, this, &NewDocumentDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QString NewDocumentDialog::templateId() const
{
    return m_template->currentData().toString();
}

DepartmentInfo NewDocumentDialog::department() const
{
    DepartmentInfo department;
    department.name = m_name->text().trimmed();
    department.setKind(DepartmentInfo::Kind(m_kind->currentData().toInt()));
    department.year = m_year->value();
    return department;
}

void NewDocumentDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty());
}
