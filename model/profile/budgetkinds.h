#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonValue;

// The budget kinds of a profile (budgets.json: 年初预算, 全年预算…) and the column that holds
// each kind's figure, so that a sentence or a rule names the budget it compares against and
// the profile, not the program, decides which one that is.
//
// A figure names a budget column by a placeholder: "T5.{code}.{budget}" or
// "T9.main.{budget:abroad}". The sentence or rule states its kind ("budget": "full"), or a list
// of kinds of which the first known figure counts (["full", "initial"]: 全年预算, or 年初预算
// where it is not known); without one, the setting of its file applies.
class BudgetKinds
{
public:
    // The kinds of the merged budgets part; fails (nullopt, `error`) on a kind without columns.
    static std::optional<BudgetKinds> fromJson(const QJsonObject &budgets, QString *error);

    // The kinds a rule, a figure or a setting states: a kind's id or a list of them; empty
    // when `value` states none.
    static QStringList choice(const QJsonValue &value);
    static bool isPlaceholder(const QString &column) { return column.startsWith(QLatin1String("{budget")); }

    // Whether every kind of `chosen` is one of the profile's; else `error` says which is not.
    bool knows(const QStringList &chosen, QString *error) const;
    // The columns `placeholder` stands for with the kinds `chosen`, the preferred one first.
    // Empty, with `error`, when no kind is chosen, a kind is unknown or lacks the column.
    QStringList columns(const QString &placeholder, const QStringList &chosen, QString *error) const;
private:
    QHash<QString, QHash<QString, QString>> m_kinds; // kind → slot ("budget", "abroad") → column key
    QStringList m_order;
};

// The kinds a file chose for its budget placeholders: the profile's kinds and a default.
struct BudgetChoice
{
    const BudgetKinds *kinds = nullptr;
    QStringList chosen;

    // The choice of an object that may state its own ("budget"), else this one.
    BudgetChoice overriddenBy(const QJsonValue &value) const;
    // See BudgetKinds::columns; a column that is no placeholder is returned as it is.
    QStringList columns(const QString &column, QString *error) const;
};
