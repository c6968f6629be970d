#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Says why the final version cannot be exported yet: lists every reason the narrative still
// needs, every audit error and every section not approved yet, and offers only to export a draft (or to go back and fix them).
class FinalExportDialog : public QDialog
{
    Q_OBJECT

public:
    FinalExportDialog(const QStringList &emptyReasons, const QStringList &errors, QWidget *parent = nullptr,
                      const QStringList &unapprovedSections = {});

    QListWidget *list() const { return m_list; }
    QPushButton *draftButton() const { return m_draft; }

private:
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_draft;
};
