#include "signoff/commenttarget.h"

#include "audit/finding.h"
#include "commands/cellwording.h"
#include "document/document.h"
#include "signoff/reviewsections.h"

#include <QCoreApplication>

#include <algorithm>

namespace CommentTarget {

namespace {

const QLatin1String CellPrefix("cell:");
const QLatin1String FindingPrefix("finding:");
const QLatin1String ExplainPrefix("explain.");

} // namespace

QString ofCell(const CellRef &ref)
{
    return CellPrefix + ref.toString();
}

QString ofFinding(const Finding &finding)
{
    return FindingPrefix + findingKey(finding);
}

QString findingKey(const Finding &finding)
{
    if (finding.explainKey.startsWith(ExplainPrefix + finding.ruleId))
        return finding.explainKey.mid(ExplainPrefix.size());
    // A reason key ("reason.…") is shared by the findings that ask for it, so the rule comes first.
    if (!finding.explainKey.isEmpty())
        return finding.ruleId + QLatin1Char('@') + finding.explainKey;
    return finding.ruleId
            + (finding.locations.isEmpty() ? QString() : QLatin1Char('@') + finding.locations.constFirst().toString());
}

bool isCell(const QString &target)
{
    return target.startsWith(CellPrefix);
}

bool isFinding(const QString &target)
{
    return target.startsWith(FindingPrefix);
}

QString title(const Document &document, const QString &target)
{
    if (isCell(target)) {
        const CellRef ref = CellRef::fromString(target.mid(CellPrefix.size()));
        return document.layout().contains(ref) ? CellWording::cellName(document.layout(), ref)
                                               : target.mid(CellPrefix.size());
    }
    if (isFinding(target))
        return QCoreApplication::translate("CommentTarget", "Audit finding %1").arg(target.mid(FindingPrefix.size()));
    return ReviewSections::title(document, target);
}

QString section(const Document &document, const QString &target)
{
    if (isFinding(target))
        return {};
    if (!isCell(target))
        return target;
    const QString sheet = CellRef::fromString(target.mid(CellPrefix.size())).sheet;
    return (document.reportTemplate().table(sheet) ? QStringLiteral("table:") : QStringLiteral("sheet:")) + sheet;
}

QList<ReviewComment> openOn(const Document &document, const QStringList &sections)
{
    QList<ReviewComment> open;
    for (const ReviewComment &comment : document.data().signoff.comments) {
        if (!comment.resolved && sections.contains(section(document, comment.target)))
            open.append(comment);
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const ReviewComment &a, const ReviewComment &b) { return a.at < b.at; });
    return open;
}

} // namespace CommentTarget
