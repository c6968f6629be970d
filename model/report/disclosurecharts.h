#pragma once

#include "report/chartdata.h"

#include <QList>

class Document;

// The charts of a disclosure, computed from the document's exact figures: income by source,
// expenditure by type, 一般公共预算 expenditure by 类, this year against last year, the “三公”
// categories against last year, and each project's budget against its execution.
namespace DisclosureCharts {

// Chart ids, also the keys by which the printout places the charts in Part 3.
inline constexpr char YearOnYear[] = "yearOnYear";
inline constexpr char IncomeBySource[] = "incomeBySource";
inline constexpr char ExpenditureByType[] = "expenditureByType";
inline constexpr char GeneralBudgetByClass[] = "generalBudgetByClass";
inline constexpr char ThreePublic[] = "threePublic";
inline constexpr char Projects[] = "projects";

// Every chart in the order of Part 3, empty ones included (the Charts page shows them all).
QList<ChartData> build(const Document &document);

ChartData yearOnYear(const Document &document);
ChartData incomeBySource(const Document &document);
ChartData expenditureByType(const Document &document);
ChartData generalBudgetByClass(const Document &document);
ChartData threePublic(const Document &document);
ChartData projects(const Document &document);

} // namespace DisclosureCharts
