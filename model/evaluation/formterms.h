#pragma once

#include "evaluation/projectform.h"

#include <QString>

// The names of the form's choices in the user's language, for the editor.
namespace FormTerms {

QString groupName(IndicatorGroup group);          // 产出指标
QString categoryName(IndicatorCategory category); // 数量指标
QString sourceName(FundSource source);            // 本年财政拨款

} // namespace FormTerms
