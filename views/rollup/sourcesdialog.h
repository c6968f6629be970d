#pragma once

#include <QDialog>

class Document;
class QLabel;
class QTreeWidget;
struct CellRef;

// 来源单位: lists what each unit of a rolled-up document contributed to one figure, the amount
// eliminated as an internal transfer and the department's figure, in 万元 or 元.
class SourcesDialog : public QDialog
{
    Q_OBJECT

public:
    SourcesDialog(const Document &document, const CellRef &ref, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }

private:
    QLabel *m_heading;
    QTreeWidget *m_table;
};
