#pragma once

#include "report/printtable.h"

class GradeBands;
struct DisplaySettings;
struct Project;

// One project's 项目支出绩效自评表 as it is printed in the disclosure's attachment: the official
// layout (header, 项目资金 with 执行率 and 得分, 年度总体目标, 绩效指标 grouped by 一级 and 二级, 总分
// and 自评等级) as a form-shaped PrintTable, in the document's own (Chinese) words.
namespace SelfEvaluationPrint {

PrintTable build(const Project &project, const GradeBands &bands, const DisplaySettings &display, int year);

} // namespace SelfEvaluationPrint
