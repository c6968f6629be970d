#pragma once

#include "profile/ruleexpression.h"

#include <QList>
#include <QString>

#include <optional>

class QJsonObject;
class ReportTemplate;

// One chart of a profile (charts.json): what it draws, from which figures, and after which
// section of Part 3 it stands.
struct ChartDef
{
    enum class Kind {
        Pie,        // `slices`, one per figure
        Donut,      // the same with a hole
        Comparison, // `pairs`: this year against last year, a group of two bars per pair
        Classes,    // one bar per 类 row of `table`, the figure `column`, with its share
        Projects    // each project's budget against its execution
    };
    struct Pair
    {
        QString label;
        RuleExpression current;
        RuleExpression previous;
    };

    QString id;
    QString title;
    QString after; // the words the heading of its section starts with, without its numbering
    Kind kind = Kind::Pie;
    QList<RuleExpression> slices;
    bool labelsFromColumns = false; // slices: named by their column's title instead of their row's label
    QList<Pair> pairs;
    QString table;
    QString column;
    // Pies: when a slice's share is below this (in hundredths of a percent), the shares are
    // stated in words instead of drawn; 0 always draws.
    int inWordsBelow = 0;

    // On failure `key` names the field at fault and `error` says why.
    static std::optional<ChartDef> read(const QJsonObject &json, const ReportTemplate &reportTemplate, QString *key,
                                        QString *error);
};
