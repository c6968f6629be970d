#include "exchange/importpreviewdialog.h"

#include "exchange/workbookimport.h"
#include "money/money.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString shown(qint64 value, bool count)
{
    return count ? QString::number(value) : Money::fromFen(value).format(MoneyUnit::Wanyuan, 2);
}

void addLines(QTreeWidgetItem *parent, const QString &pattern, const QStringList &lines)
{
    for (const QString &line : lines)
        new QTreeWidgetItem(parent, { pattern.arg(line) });
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, const QString &department,
                                         QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Import from Excel"));
    int found = 0;
    for (const ImportPlan::TableReport &table : plan.tables)
        found += table.sheet.isEmpty() ? 0 : 1;
    auto *summary = new QLabel(tr("%1: %2 figure(s) in %3 table(s); %4 differ from the document. Nothing changes until you import; "
                                  "the import is then one step to undo.")
                                       .arg(fileName)
                                       .arg(plan.inputs.size())
                                       .arg(found)
                                       .arg(plan.conflictCount()),
                               this);
    summary->setWordWrap(true);

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Table and findings"), tr("In the document"), tr("In the workbook") });
    for (const ImportPlan::TableReport &table : plan.tables) {
        auto *item = new QTreeWidgetItem(m_tree);
        if (table.sheet.isEmpty()) {
            item->setText(0, tr("%1 — not in the workbook").arg(table.title));
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            continue;
        }
        item->setText(0, tr("%1 — sheet \"%2\": %3 figure(s)").arg(table.title, table.sheet).arg(table.cellsRead));
        addLines(item, tr("New row: %1"), table.newRows);
        addLines(item, tr("No such row: %1"), table.unmatchedRows);
        addLines(item, tr("No such column: %1"), table.unmatchedColumns);
        addLines(item, tr("Column not found: %1"), table.missingColumns);
        addLines(item, tr("Not read: %1"), table.badCells);
        for (const ImportPlan::Conflict &conflict : table.conflicts) {
            auto *line = new QTreeWidgetItem(item, { tr("Differs: %1").arg(conflict.place), shown(conflict.before, conflict.count),
                                                     shown(conflict.after, conflict.count) });
            line->setTextAlignment(1, Qt::AlignRight);
            line->setTextAlignment(2, Qt::AlignRight);
        }
        item->setExpanded(item->childCount() > 0);
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!plan.inputs.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    if (!plan.preparer.isEmpty() && plan.preparer != department) {
        auto *warning = new QLabel(tr("The workbook was prepared by %1, not by %2: check that it is the right file.")
                                           .arg(plan.preparer, department),
                                   this);
        warning->setObjectName(QStringLiteral("departmentWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
        layout->addWidget(warning);
    }
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}
