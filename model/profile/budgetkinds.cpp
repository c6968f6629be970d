#include "profile/budgetkinds.h"

#include "profile/profilelists.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace {

// The context lupdate sees for this file's messages.
struct BudgetText
{
    Q_DECLARE_TR_FUNCTIONS(BudgetKinds)
};

} // namespace

std::optional<BudgetKinds> BudgetKinds::fromJson(const QJsonObject &budgets, QString *error)
{
    BudgetKinds result;
    for (const QJsonValue &value : ProfileLists::items(budgets, QStringLiteral("budgets"))) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        QHash<QString, QString> kind;
        const QJsonObject columns = item.value(QLatin1String("columns")).toObject();
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            kind.insert(it.key(), it.value().toString());
        if (kind.isEmpty()) {
            *error = BudgetText::tr("the budget kind \"%1\" names no columns").arg(id);
            return std::nullopt;
        }
        result.m_kinds.insert(id, kind);
        result.m_order.append(id);
    }
    return result;
}

QStringList BudgetKinds::choice(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString() };
    QStringList kinds;
    for (const QJsonValue &kind : value.toArray())
        kinds.append(kind.toString());
    return kinds;
}

bool BudgetKinds::knows(const QStringList &chosen, QString *error) const
{
    for (const QString &kind : chosen) {
        if (!m_kinds.contains(kind)) {
            *error = BudgetText::tr("there is no budget kind \"%1\" (budgets.json: %2)").arg(kind, m_order.join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

QStringList BudgetKinds::columns(const QString &placeholder, const QStringList &chosen, QString *error) const
{
    // "{budget}" is the slot "budget"; "{budget:abroad}" the slot "abroad".
    const QString inner = placeholder.mid(1, placeholder.size() - 2);
    const QString slot = inner.contains(QLatin1Char(':')) ? inner.section(QLatin1Char(':'), 1) : inner;
    if (!placeholder.endsWith(QLatin1Char('}')) || (inner != QLatin1String("budget") && !inner.startsWith(QLatin1String("budget:")))) {
        *error = BudgetText::tr("\"%1\" is no budget placeholder ({budget} or {budget:NAME})").arg(placeholder);
        return {};
    }
    if (chosen.isEmpty()) {
        *error = BudgetText::tr("%1 needs a budget kind (\"budget\": %2)").arg(placeholder, m_order.join(QLatin1String(", ")));
        return {};
    }
    if (!knows(chosen, error))
        return {};
    QStringList result;
    for (const QString &kind : chosen) {
        const auto it = m_kinds.constFind(kind);
        if (!it->contains(slot)) {
            *error = BudgetText::tr("the budget kind \"%1\" has no column \"%2\" (budgets.json)").arg(kind, slot);
            return {};
        }
        result.append(it->value(slot));
    }
    return result;
}

BudgetChoice BudgetChoice::overriddenBy(const QJsonValue &value) const
{
    const QStringList own = BudgetKinds::choice(value);
    return { kinds, own.isEmpty() ? chosen : own };
}

QStringList BudgetChoice::columns(const QString &column, QString *error) const
{
    if (!BudgetKinds::isPlaceholder(column))
        return { column };
    if (!kinds) {
        *error = BudgetText::tr("%1: this profile has no budget kinds (budgets.json)").arg(column);
        return {};
    }
    return kinds->columns(column, chosen, error);
}
