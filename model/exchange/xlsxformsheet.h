#pragma once

#include <QList>
#include <QString>

class GradeBands;
struct DisplaySettings;
struct Project;
struct lxw_workbook;

// The projects' 项目支出绩效自评表 (domain §10) on one worksheet, one form after another in the
// official layout the disclosure's attachment prints, each on a page of its own: header, 项目资金
// by source with 年度资金总额, 执行率 and 得分 as formulas, 年度总体目标, 绩效指标 grouped by 一级 and
// 二级, 总分 and 自评等级; below each form the free texts the narrative summarises.
namespace XlsxFormSheet {

// The form's title, which the import looks for; also the sheet's name.
inline QString title() { return QStringLiteral("项目支出绩效自评表"); }

// Row labels below the official form, which the import reads back.
inline QString trackedLabel() { return QStringLiteral("绩效跟踪"); }
inline QString problemsLabel() { return QStringLiteral("发现的问题及原因"); }
inline QString measuresLabel() { return QStringLiteral("下一步改进措施"); }
inline QString yes() { return QStringLiteral("是"); }
inline QString no() { return QStringLiteral("否"); }

// Adds the sheet; nothing when there are no projects.
void write(lxw_workbook *workbook, const QList<Project> &projects, const GradeBands &bands, const DisplaySettings &display,
           int year);

} // namespace XlsxFormSheet
