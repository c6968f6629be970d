#pragma once

#include "document/documentdata.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class TemplateLibrary;

// Asks for what a new disclosure needs before its file is made: the template set, the
// department and the year.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDocumentDialog(const TemplateLibrary &library, QWidget *parent = nullptr);

    QString templateId() const;
    DepartmentInfo department() const;

private:
    void updateOk();

    const TemplateLibrary &m_library;
    QComboBox *m_template;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QPushButton *m_ok;
};
