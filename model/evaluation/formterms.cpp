#include "evaluation/formterms.h"

#include <QCoreApplication>

namespace FormTerms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SelfEvaluationForm", text);
}

} // namespace

QString groupName(IndicatorGroup group)
{
    switch (group) {
    case IndicatorGroup::Output:
        return tr("Output indicators");
    case IndicatorGroup::Benefit:
        return tr("Benefit indicators");
    case IndicatorGroup::Satisfaction:
        break;
    }
    return tr("Satisfaction indicators");
}

QString categoryName(IndicatorCategory category)
{
    switch (category) {
    case IndicatorCategory::Quantity:
        return tr("Quantity");
    case IndicatorCategory::Quality:
        return tr("Quality");
    case IndicatorCategory::Timeliness:
        return tr("Timeliness");
    case IndicatorCategory::Cost:
        return tr("Cost");
    case IndicatorCategory::Economic:
        return tr("Economic benefit");
    case IndicatorCategory::Social:
        return tr("Social benefit");
    case IndicatorCategory::Ecological:
        return tr("Ecological benefit");
    case IndicatorCategory::Sustainable:
        return tr("Sustainable impact");
    case IndicatorCategory::Satisfaction:
        break;
    }
    return tr("Satisfaction of those served");
}

QString sourceName(FundSource source)
{
    switch (source) {
    case FundSource::Appropriation:
        return tr("Fiscal appropriation of the year");
    case FundSource::Carryover:
        return tr("Carried over from last year");
    case FundSource::Other:
        break;
    }
    return tr("Other funds");
}

} // namespace FormTerms
