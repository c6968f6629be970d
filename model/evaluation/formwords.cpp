#include "evaluation/formwords.h"

#include <array>

namespace FormWords {

namespace {

constexpr std::array<const char *, 3> groups = { "产出指标", "效益指标", "满意度指标" };
constexpr std::array<const char *, IndicatorCategoryCount> categories = {
    "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
};
constexpr std::array<const char *, FundSourceCount> sources = { "本年财政拨款", "上年结转资金", "其他资金" };

} // namespace

QString group(IndicatorGroup group)
{
    return QString::fromUtf8(groups.at(size_t(group)));
}

QString category(IndicatorCategory category)
{
    return QString::fromUtf8(categories.at(size_t(category)));
}

QString source(FundSource source)
{
    return QString::fromUtf8(sources.at(size_t(source)));
}

} // namespace FormWords
