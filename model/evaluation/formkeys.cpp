#include "evaluation/formkeys.h"

#include <QLatin1String>

#include <array>

namespace FormKeys {

namespace {

constexpr std::array<const char *, FundSourceCount> sources = { "appropriation", "carryover", "other" };
constexpr std::array<const char *, FundColumnCount> columns = { "initialBudget", "fullBudget", "executed" };
constexpr std::array<const char *, IndicatorCategoryCount> categories = {
    "quantity", "quality", "timeliness", "cost", "economic", "social", "ecological", "sustainable", "satisfaction",
};
constexpr std::array<const char *, ComparisonCount> comparisons = { "", ">=", "<=", "=", ">", "<" };

template<typename Enum, size_t N>
std::optional<Enum> find(const std::array<const char *, N> &names, const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString key(FundSource source)
{
    return QLatin1String(sources.at(size_t(source)));
}

QString key(FundColumn column)
{
    return QLatin1String(columns.at(size_t(column)));
}

QString key(IndicatorCategory category)
{
    return QLatin1String(categories.at(size_t(category)));
}

QString key(Comparison comparison)
{
    return QLatin1String(comparisons.at(size_t(comparison)));
}

std::optional<FundSource> fundSource(const QString &key)
{
    return find<FundSource>(sources, key);
}

std::optional<FundColumn> fundColumn(const QString &key)
{
    return find<FundColumn>(columns, key);
}

std::optional<IndicatorCategory> category(const QString &key)
{
    return find<IndicatorCategory>(categories, key);
}

std::optional<Comparison> comparison(const QString &key)
{
    return find<Comparison>(comparisons, key);
}

} // namespace FormKeys
