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

// A line with the document's value and the workbook's; a long text shows whole in its tooltip.
void addDifference(QTreeWidgetItem *parent, const QString &what, const QString &before, const QString &after,
                   Qt::Alignment alignment)
{
    auto *line = new QTreeWidgetItem(parent, { what, before, after });
    for (int column = 1; column < 3; ++column) {
        line->setTextAlignment(column, alignment | Qt::AlignVCenter);
        line->setToolTip(column, line->text(column));
    }
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
    QString text = tr("%1: %2 figure(s) in %3 table(s); %4 differ from the document.")
                           .arg(fileName)
                           .arg(plan.inputs.size())
                           .arg(found)
                           .arg(plan.conflictCount());
    if (!plan.forms.isEmpty())
        text += QLatin1Char(' ')
                + tr("%1 self-evaluation form(s): %2 new project(s), %3 replace the project of the same name.")
                          .arg(plan.forms.size())
                          .arg(plan.newForms())
                          .arg(plan.replacedForms());
    text += QLatin1Char(' ') + tr("Nothing changes until you import; the import is then one step to undo.");
    auto *summary = new QLabel(text, this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Table and findings"), tr("In the document"), tr("In the workbook") });
    addTables(plan);
    addForms(plan);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(plan.changesDocument());
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

void ImportPreviewDialog::addTables(const ImportPlan &plan)
{
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
        for (const ImportPlan::Conflict &conflict : table.conflicts)
            addDifference(item, tr("Differs: %1").arg(conflict.place), shown(conflict.before, conflict.count),
                          shown(conflict.after, conflict.count), Qt::AlignRight);
        item->setExpanded(item->childCount() > 0);
    }
}

void ImportPreviewDialog::addForms(const ImportPlan &plan)
{
    if (plan.forms.isEmpty() && plan.unnamedForms.isEmpty())
        return;
    auto *forms = new QTreeWidgetItem(m_tree, { tr("Self-evaluation forms (项目支出绩效自评表): %1 read").arg(plan.forms.size()) });
    for (const ImportPlan::FormReport &form : plan.forms) {
        QString title;
        if (form.isNew())
            title = tr("New project: %1 (%2)");
        else if (form.changesDocument())
            title = tr("Replaces the project of the same name: %1 (%2)");
        else
            title = tr("As in the document: %1 (%2)");
        auto *item = new QTreeWidgetItem(forms, { title.arg(form.project.name, form.place) });
        for (const FormDifference &difference : form.differences)
            addDifference(item, tr("Changed: %1").arg(difference.what), difference.before, difference.after, Qt::AlignLeft);
        addLines(item, tr("Not read: %1"), form.problems);
        item->setExpanded(!form.isNew() && item->childCount() > 0);
    }
    addLines(forms, tr("Not read: a form without 项目名称 at %1"), plan.unnamedForms);
    forms->setExpanded(true);
}
