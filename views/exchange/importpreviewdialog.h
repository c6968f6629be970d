#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;
struct ImportPlan;

// The preview of an Excel import: per table what was read, the rows and columns that matched
// nothing, figures that could not be read, and every figure that differs from the document's;
// per self-evaluation form whether it adds a project or replaces the one of the same name, how it
// differs from that one and which of its cells could not be read. Nothing changes unless the
// user presses Import.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `department` is the open document's: a workbook prepared by another 编制单位 is pointed out.
    ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, const QString &department, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void addTables(const ImportPlan &plan);
    void addForms(const ImportPlan &plan);

    QTreeWidget *m_tree;
};
