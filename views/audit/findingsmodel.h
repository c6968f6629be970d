#pragma once

#include "audit/finding.h"
#include "signoff/signoffrecord.h"

#include <QList>
#include <QStandardItemModel>

// The audit's findings as a tree for the dock: severity, then section, then one row per
// finding with its message; the finding's index in `findings()` is under FindingRole. A
// finding with comments carries a marker and the comments in its tooltip; comments on findings
// that no longer occur are listed last, under 已不再出现, instead of being lost.
class FindingsModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Roles { FindingRole = Qt::UserRole + 1, SeverityRole, CommentTargetRole, CommentCountRole };
    enum Column { MessageColumn, RuleColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    // The document's comments; those on findings are shown with them.
    void setComments(const QList<ReviewComment> &comments);
    const QList<Finding> &findings() const { return m_findings; }
    // The finding a row shows; nullptr for a group row.
    const Finding *findingAt(const QModelIndex &index) const;
    // The row of the finding that reads like `finding` (same rule, key and message), to keep the
    // selection across a recomputation.
    QModelIndex indexOf(const Finding &finding) const;
    void retranslate();

private:
    void appendGoneComments(const QSet<QString> &shown);

    QList<Finding> m_findings;
    QList<ReviewComment> m_comments;
};
