#include "audit/findingsmodel.h"

#include "signoff/commenttarget.h"

#include <QBrush>
#include <QIcon>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QSet>

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

// A note marker like a spreadsheet's comment mark: a yellow square with a folded corner.
QIcon commentIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x9a, 0x7b, 0x00));
    painter.setBrush(QColor(0xff, 0xd8, 0x4d));
    const QPolygonF note({ { 1.5, 2.5 }, { 10.5, 2.5 }, { 14.5, 6.5 }, { 14.5, 13.5 }, { 1.5, 13.5 } });
    painter.drawPolygon(note);
    painter.drawLine(QPointF(4, 7), QPointF(11, 7));
    painter.drawLine(QPointF(4, 10), QPointF(11, 10));
    return QIcon(pixmap);
}

QString commentLine(const ReviewComment &comment)
{
    return FindingsModel::tr("%1, %2%3: %4")
            .arg(comment.author, QLocale().toString(comment.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                 comment.resolved ? FindingsModel::tr(" (resolved)") : QString(), comment.text);
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

void FindingsModel::setComments(const QList<ReviewComment> &comments)
{
    QList<ReviewComment> onFindings;
    for (const ReviewComment &comment : comments) {
        if (CommentTarget::isFinding(comment.target))
            onFindings.append(comment);
    }
    if (onFindings == m_comments)
        return;
    m_comments = onFindings;
    setFindings(m_findings);
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    removeRows(0, rowCount());
    QSet<QString> shown;
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
                const QString target = CommentTarget::ofFinding(finding);
                QStringList tip { finding.message };
                if (!finding.explanation.isEmpty())
                    tip.append(tr("说明：") + finding.explanation);
                int comments = 0;
                for (const ReviewComment &comment : std::as_const(m_comments)) {
                    if (comment.target == target) {
                        tip.append(tr("Comment: %1").arg(commentLine(comment)));
                        ++comments;
                    }
                }
                message->setData(target, CommentTargetRole);
                message->setData(comments, CommentCountRole);
                if (comments > 0) {
                    message->setIcon(commentIcon());
                    shown.insert(target);
                }
                message->setToolTip(tip.join(QLatin1Char('\n')));
                auto *rule = new QStandardItem(finding.ruleId);
                rule->setData(index, FindingRole);
                group->appendRow({ message, rule });
            }
            top->appendRow({ group, new QStandardItem });
        }
        appendRow({ top, new QStandardItem });
    }
    appendGoneComments(shown);
}

void FindingsModel::appendGoneComments(const QSet<QString> &shown)
{
    QList<const ReviewComment *> gone;
    for (const ReviewComment &comment : std::as_const(m_comments)) {
        if (!shown.contains(comment.target))
            gone.append(&comment);
    }
    if (gone.isEmpty())
        return;
    auto *top = new QStandardItem(tr("已不再出现（%1）").arg(gone.size()));
    top->setForeground(QBrush(Qt::gray));
    top->setToolTip(tr("Comments on findings that the audit no longer reports"));
    for (const ReviewComment *comment : std::as_const(gone)) {
        const QString key = comment->target.section(QLatin1Char(':'), 1);
        auto *message = new QStandardItem(commentIcon(), comment->text);
        message->setData(comment->target, CommentTargetRole);
        message->setData(1, CommentCountRole);
        message->setToolTip(tr("No longer reported: %1").arg(key) + QLatin1Char('\n') + commentLine(*comment));
        message->setForeground(QBrush(Qt::gray));
        top->appendRow({ message, new QStandardItem(key) });
    }
    appendRow({ top, new QStandardItem });
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
