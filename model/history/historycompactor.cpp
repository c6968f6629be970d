#include "history/historycompactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace HistoryCompactor {

QList<HistoryEntry> compact(const QList<HistoryEntry> &entries, const QDateTime &now, int keepDays)
{
    const QDateTime cutoff = now.toUTC().addDays(-keepDays);
    QList<HistoryEntry> kept;
    // One summary per cell or item, in the order of each one's last older change.
    QHash<QString, qsizetype> summaryOf;
    QList<HistoryEntry> summaries;
    QList<QStringList> users;
    for (const HistoryEntry &entry : entries) {
        if (entry.at >= cutoff || entry.kind == HistoryEntry::Kind::Approval) {
            kept.append(entry);
            continue;
        }
        const QString key = HistoryEntry::scopeKey(entry.scope) + QLatin1Char(':') + entry.target;
        const auto it = summaryOf.constFind(key);
        if (it == summaryOf.constEnd()) {
            summaryOf.insert(key, summaries.size());
            HistoryEntry summary = entry;
            summary.kind = HistoryEntry::Kind::Summary;
            summaries.append(summary);
            users.append({ entry.user });
            continue;
        }
        HistoryEntry &summary = summaries[*it];
        summary.id = entry.id;
        summary.at = entry.at;
        summary.subject = entry.subject;
        summary.newValue = entry.newValue;
        summary.newText = entry.newText;
        if (!users[*it].contains(entry.user))
            users[*it].append(entry.user);
    }
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        summaries[i].user = users.at(i).join(QStringLiteral(", "));
        summaries[i].action = QCoreApplication::translate("History", "Changes up to %1 combined")
                                  .arg(summaries.at(i).at.toString(Qt::ISODate));
    }
    // A summary takes the id of the last change it stands for, so the history stays in order.
    QList<HistoryEntry> result = summaries + kept;
    std::sort(result.begin(), result.end(),
        [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
    return result;
}

} // namespace HistoryCompactor
