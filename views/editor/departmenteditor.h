#pragma once

#include <QWidget>

class Document;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Editor of who the disclosure belongs to: name, code, kind, year and the 二级预算单位.
// Each change is one ChangeDepartment (consecutive ones merge into one undo step).
class DepartmentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentEditor(Document *document, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void commit();
    QStringList units() const;

    Document *m_document;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QPlainTextEdit *m_units;
    bool m_loading = false;
};
