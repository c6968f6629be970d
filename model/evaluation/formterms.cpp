#include "evaluation/formterms.h"

#include <QCoreApplication>

namespace FormTerms {

QString groupName(IndicatorGroup group)
{
    switch (group) {
    case IndicatorGroup::Output:
        return QCoreApplication::translate("FormTerms", "Output indicators");
    case IndicatorGroup::Benefit:
        return QCoreApplication::translate("FormTerms", "Benefit indicators");
    case IndicatorGroup::Satisfaction:
        break;
    }
    return QCoreApplication::translate("FormTerms", "Satisfaction indicators");
}

QString categoryName(IndicatorCategory category)
{
    switch (category) {
    case IndicatorCategory::Quantity:
        return QCoreApplication::translate("FormTerms", "Quantity");
    case IndicatorCategory::Quality:
        return QCoreApplication::translate("FormTerms", "Quality");
    case IndicatorCategory::Timeliness:
        return QCoreApplication::translate("FormTerms", "Timeliness");
    case IndicatorCategory::Cost:
        return QCoreApplication::translate("FormTerms", "Cost");
    case IndicatorCategory::Economic:
        return QCoreApplication::translate("FormTerms", "Economic benefit");
    case IndicatorCategory::Social:
        return QCoreApplication::translate("FormTerms", "Social benefit");
    case IndicatorCategory::Ecological:
        return QCoreApplication::translate("FormTerms", "Ecological benefit");
    case IndicatorCategory::Sustainable:
        return QCoreApplication::translate("FormTerms", "Sustainable impact");
    case IndicatorCategory::Satisfaction:
        break;
    }
    return QCoreApplication::translate("FormTerms", "Satisfaction of those served");
}

QString sourceName(FundSource source)
{
    switch (source) {
    case FundSource::Appropriation:
        return QCoreApplication::translate("FormTerms", "Fiscal appropriation of the year");
    case FundSource::Carryover:
        return QCoreApplication::translate("FormTerms", "Carried over from last year");
    case FundSource::Other:
        break;
    }
    return QCoreApplication::translate("FormTerms", "Other funds");
}

} // namespace FormTerms
