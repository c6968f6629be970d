#include "audit/findingsmodel.h"

#include <QBrush>
#include <QMap>

namespace {

QColor colourOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xb0, 0x1c, 0x1c);
    case Severity::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x40, 0x60, 0x80);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent) : QStandardItemModel(0, ColumnCount, parent)
{
    retranslate();
}

void FindingsModel::retranslate()
{
    setHorizontalHeaderLabels({ tr("说明"), tr("规则") });
    setFindings(m_findings);
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    removeRows(0, rowCount());
    QMap<int, QMap<QString, QList<int>>> groups; // severity → section → findings, in order
    QMap<int, QStringList> sectionOrder;
    for (int i = 0; i < findings.size(); ++i) {
        const int severity = int(findings.at(i).severity);
        const QString &section = findings.at(i).section;
        if (!groups[severity].contains(section))
            sectionOrder[severity].append(section);
        groups[severity][section].append(i);
    }
    for (auto severity = groups.cbegin(); severity != groups.cend(); ++severity) {
        int count = 0;
        for (const QList<int> &list : severity.value())
            count += int(list.size());
        const Severity level = Severity(severity.key());
        auto *top = new QStandardItem(tr("%1（%2）").arg(AuditSeverity::displayName(level)).arg(count));
        top->setForeground(QBrush(colourOf(level)));
        top->setData(severity.key(), SeverityRole);
        QFont bold = top->font();
        bold.setBold(true);
        top->setFont(bold);
        for (const QString &section : sectionOrder.value(severity.key())) {
            auto *group = new QStandardItem(section.isEmpty() ? tr("其他") : section);
            for (int index : severity.value().value(section)) {
                const Finding &finding = findings.at(index);
                auto *message = new QStandardItem(finding.message);
                message->setData(index, FindingRole);
                message->setData(severity.key(), SeverityRole);
                message->setToolTip(finding.explanation.isEmpty() ? finding.message
                                                                   : finding.message + QLatin1Char('\n') + tr("说明：")
                                                                           + finding.explanation);
                auto *rule = new QStandardItem(finding.ruleId);
                rule->setData(index, FindingRole);
                group->appendRow({ message, rule });
            }
            top->appendRow({ group, new QStandardItem });
        }
        appendRow({ top, new QStandardItem });
    }
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    const QVariant value = index.siblingAtColumn(MessageColumn).data(FindingRole);
    if (!value.isValid())
        return nullptr;
    const int row = value.toInt();
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

QModelIndex FindingsModel::indexOf(const Finding &finding) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        if (f.ruleId != finding.ruleId || f.explainKey != finding.explainKey || f.message != finding.message)
            continue;
        const QModelIndexList hits = match(index(0, MessageColumn), FindingRole, i, 1,
                                           Qt::MatchExactly | Qt::MatchRecursive);
        return hits.value(0);
    }
    return QModelIndex();
}
