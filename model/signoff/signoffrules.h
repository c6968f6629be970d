#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class ReportTemplate;

// What a profile says about sign-off (its "signoff" part): the roles that sign, in order, and
// where the final PDF prints the signatures, on the cover or in a closing block at the end.
struct SignoffRules
{
    enum class Placement { Cover, Closing };

    QStringList roles;
    Placement placement = Placement::Closing;
    QString title; // the closing block's heading: 审签 unless the profile words it otherwise

    // Reads the template's "signoff" part; the national defaults when it has none.
    static SignoffRules fromTemplate(const ReportTemplate &reportTemplate);
};
