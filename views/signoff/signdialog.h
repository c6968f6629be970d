#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Asks for the role (from the profile) and the name a signature is given under.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    SignDialog(const QStringList &roles, const QString &name, QWidget *parent = nullptr);

    QString role() const;
    QString name() const;

private:
    QComboBox *m_role;
    QLineEdit *m_name;
};
