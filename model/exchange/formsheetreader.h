#pragma once

#include "evaluation/projectform.h"

#include <QList>
#include <QStringList>

struct Workbook;

// Reads 项目支出绩效自评表 back from a workbook the way a person reads them: each form found by its
// title on any sheet, its parts by their row labels (项目名称, 年度资金总额, 其中：本年财政拨款…) and
// its columns by their header titles (全年执行数, 三级指标, 得分…), wherever they stand. The
// computed figures (年度资金总额, 执行率, 得分 of the execution, 总分, 自评等级) are not read: the
// document computes them again.
namespace FormSheetReader {

// One form read: the project, where its title stands and the cells of it that could not be read.
struct Form
{
    Project project;      // its id not yet given
    QString place;        // "项目支出绩效自评表 A25"
    QStringList problems; // "项目支出绩效自评表 B14: "abc" is not a number", translated
};

struct Result
{
    QList<Form> forms;       // every form with a 项目名称, in the workbook's order
    QStringList unnamed;     // the places of forms without a 项目名称, which are not read

    QList<Project> projects() const;
    // Every form's problems, then the forms that were not read.
    QStringList problems() const;
};

Result read(const Workbook &workbook);

// An indicator's 年度指标值 and 实际完成值 as printed ("≥42个", "45个") split back into the
// comparison, the target, the unit and the actual value; the unit is what follows the number.
PerformanceIndicator splitIndicator(const QString &target, const QString &actual);

} // namespace FormSheetReader
