#include "editor/departmenteditor.h"

#include "commands/changedepartment.h"
#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

DepartmentEditor::DepartmentEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout(this))
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_publishedKnown(new QCheckBox(this))
    , m_published(new QDateEdit(this))
    , m_units(new QPlainTextEdit(this))
    , m_unitsMessage(new QLabel(this))
{
    for (const auto kind : { DepartmentInfo::Kind::Administrative, DepartmentInfo::Kind::CivilServiceManaged,
                             DepartmentInfo::Kind::Institution })
        m_kind->addItem(DepartmentInfo::kindName(kind), int(kind));
    m_year->setRange(2000, 2100);
    m_units->setTabChangesFocus(true);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The earliest date stands for "not known", shown in words instead of a date.
    m_published->setMinimumDate(QDate(2000, 1, 1));
    auto *published = new QHBoxLayout;
    published->addWidget(m_publishedKnown);
    published->addWidget(m_published, 1);
    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_code);
    m_form->addRow(new QLabel(this), m_kind);
    m_form->addRow(new QLabel(this), m_year);
    m_form->addRow(new QLabel(this), published);
    m_form->addRow(new QLabel(this), m_units);
    m_form->addRow(QString(), m_unitsMessage);
    m_unitsMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    m_unitsMessage->setWordWrap(true);
    retranslate();
    load();

    connect(m_name, &QLineEdit::textEdited, this, [this] { commit(); });
    connect(m_code, &QLineEdit::textEdited, this, [this] { commit(); });
    connect(m_kind, &QComboBox::activated, this, [this] { commit(true); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { commit(); });
    connect(m_publishedKnown, &QCheckBox::toggled, this, [this](bool known) {
        // Checking the box proposes today, which the user then corrects.
        if (known && !m_loading)
            m_published->setDate(QDate::currentDate());
        m_published->setEnabled(known && !m_document->isReadOnly());
        commit();
    });
    connect(m_published, &QDateEdit::dateChanged, this, [this] { commit(); });
    connect(m_units, &QPlainTextEdit::textChanged, this, [this] { commit(); });
    connect(document, &Document::departmentChanged, this, &DepartmentEditor::load);
    connect(document, &Document::readOnlyChanged, this, &DepartmentEditor::load);
}

void DepartmentEditor::retranslate()
{
    const QStringList labels = { tr("Department name"), tr("Department code"), tr("Kind of the own unit (本级)"), tr("Year"),
                                 tr("Publication date (on the cover)"),
                                 tr("Units (one per line: name, 行政/参公/事业, optionally 并入本级)") };
    for (int row = 0; row < labels.size(); ++row) {
        static_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())->setText(labels.at(row));
    }
    m_publishedKnown->setText(tr("Known"));
    m_published->setSpecialValueText(tr("Not yet known"));
    m_publishedKnown->setToolTip(tr("Leave it unchecked until the day is fixed: the cover then shows no date."));
}

void DepartmentEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DepartmentEditor::load()
{
    const DepartmentInfo &department = m_document->data().department;
    const bool readOnly = m_document->isReadOnly();
    m_loading = true;
    // Compared as committed (trimmed, blank lines dropped), so that a space or a new line
    // being typed is not taken away again.
    if (m_name->text().trimmed() != department.name)
        m_name->setText(department.name);
    if (m_code->text().trimmed() != department.code)
        m_code->setText(department.code);
    m_kind->setCurrentIndex(m_kind->findData(int(department.kind())));
    m_year->setValue(department.year);
    m_publishedKnown->setChecked(department.published.isValid());
    m_published->setDate(department.published.isValid() ? department.published : m_published->minimumDate());
    QString error;
    if (units(&error) != department.units) {
        QStringList lines;
        for (const BudgetUnit &unit : department.units)
            lines.append(unit.toLine());
        m_units->setPlainText(lines.join(QLatin1Char('\n')));
        m_unitsMessage->clear();
    }
    m_name->setReadOnly(readOnly);
    m_code->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_year->setReadOnly(readOnly);
    m_publishedKnown->setEnabled(!readOnly);
    m_published->setEnabled(!readOnly && department.published.isValid());
    m_units->setReadOnly(readOnly);
    m_loading = false;
}

QString DepartmentEditor::unitsMessage() const
{
    return m_unitsMessage->text();
}

std::optional<QList<BudgetUnit>> DepartmentEditor::units(QString *error) const
{
    QList<BudgetUnit> units;
    const QStringList lines = m_units->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QString lineError;
        const auto unit = BudgetUnit::fromLine(lines.at(i), &lineError);
        if (!unit) {
            *error = tr("Line %1: %2").arg(i + 1).arg(lineError);
            return std::nullopt;
        }
        units.append(*unit);
    }
    return units;
}

void DepartmentEditor::commit(bool kindChanged)
{
    if (m_loading)
        return;
    DepartmentInfo department = m_document->data().department;
    department.name = m_name->text().trimmed();
    department.code = m_code->text().trimmed();
    department.year = m_year->value();
    const bool known = m_publishedKnown->isChecked() && m_published->date() > m_published->minimumDate();
    department.published = known ? m_published->date() : QDate();
    QString error;
    const auto typedUnits = units(&error);
    m_unitsMessage->setText(error);
    if (!typedUnits)
        return; // the rest waits until the line can be read; the message says what is wrong
    department.units = *typedUnits;
    // The combo box sets the own unit's kind; its line in the list says the same.
    if (kindChanged)
        department.setKind(DepartmentInfo::Kind(m_kind->currentData().toInt()));
    if (department != m_document->data().department)
        m_document->push(new ChangeDepartment(m_document, department));
}
