#include "rollup/sourcesdialog.h"

#include "commands/cellwording.h"
#include "document/document.h"
#include "rollup/sourcecontributions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { UnitColumn, KindColumn, AmountColumn, FileColumn, ColumnCount };

} // namespace

SourcesDialog::SourcesDialog(const Document &document, const CellRef &ref, QWidget *parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("SourcesDialog"));
    setWindowTitle(tr("Source units"));
    const SourceContributions::Trace trace = SourceContributions::trace(document, ref);
    const bool count = document.layout().valueType(ref) == ValueType::Count;
    const auto shown = [&](qint64 value, bool known) {
        if (!known)
            return tr("unknown");
        return count ? QString::number(value) : Money::fromFen(value).format(MoneyUnit::Wanyuan, 2);
    };
    m_heading->setText(tr("%1 — %2 unit(s); amounts in 万元.")
                               .arg(CellWording::cellName(document.layout(), ref))
                               .arg(trace.units.size()));
    m_heading->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("Unit"), tr("Kind"), tr("Contribution"), tr("File") });
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const SourceContributions::Contribution &part : trace.units) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(UnitColumn, part.unit.name);
        const QString kind = DepartmentInfo::kindName(part.unit.kind);
        item->setText(KindColumn, part.main ? tr("%1, own unit").arg(kind) : kind);
        item->setText(AmountColumn, shown(part.value, part.known));
        item->setText(FileColumn, part.path);
        item->setToolTip(FileColumn, part.path);
    }
    if (trace.eliminated != 0) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(UnitColumn, tr("Internal transfers eliminated"));
        item->setText(AmountColumn, shown(-trace.eliminated, true));
    }
    auto *total = new QTreeWidgetItem(m_table);
    total->setText(UnitColumn, tr("Department"));
    total->setText(AmountColumn, shown(trace.total, trace.totalKnown));
    QFont bold = total->font(UnitColumn);
    bold.setBold(true);
    for (int column = 0; column < ColumnCount; ++column) {
        total->setFont(column, bold);
        for (int row = 0; row < m_table->topLevelItemCount(); ++row)
            m_table->topLevelItem(row)->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->header()->setSectionResizeMode(UnitColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    m_table->setFocus();
    resize(760, 360);
}
