#pragma once

#include "document/documentdata.h"

#include <QWidget>

#include <optional>

class Document;
class QLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Editor of who the disclosure belongs to: name, code, the own unit's kind, year, the 公开日期 (the
// cover's date, unknown until set) and the units with their kinds, one per line
// ("上海市XX中心，事业，并入本级").
// Each change is one ChangeDepartment (consecutive ones merge into one undo step).
class DepartmentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentEditor(Document *document, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *unitsEdit() const { return m_units; }
    QCheckBox *publishedKnownBox() const { return m_publishedKnown; }
    QDateEdit *publishedEdit() const { return m_published; }
    // Says which line of the units cannot be read; empty while all can.
    QString unitsMessage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void commit(bool kindChanged = false);
    // The units as typed, or nothing (with `error` set) while a line cannot be read.
    std::optional<QList<BudgetUnit>> units(QString *error) const;

    Document *m_document;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QCheckBox *m_publishedKnown;
    QDateEdit *m_published;
    QPlainTextEdit *m_units;
    QLabel *m_unitsMessage;
    bool m_loading = false;
};
