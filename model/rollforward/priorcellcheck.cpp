#include "rollforward/priorcellcheck.h"

#include "profile/jsonschema.h"
#include "profile/reporttemplate.h"
#include "profile/ruleexpression.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace PriorCellCheck {

namespace {

// Why `text` is not one cell of the profile, or empty. The rule language's reader knows the
// profile's sheets, rows and columns; one term that is a cell is what a prior map needs.
QString notACell(const ReportTemplate &reportTemplate, const QString &text)
{
    QString error;
    const RuleExpression expression = RuleExpression::parse(text, &error);
    if (error.isEmpty() && (expression.termCount() != 1 || expression.cells({}).size() != 1))
        error = QCoreApplication::translate("RollForward", "\"%1\" is not a cell of the form TABLE.ROW.COLUMN").arg(text);
    return error.isEmpty() ? expression.unknownReference(reportTemplate, QString()) : error;
}

} // namespace

QList<ProfilePartFault> check(const ReportTemplate &reportTemplate, const QString &part, const QJsonObject &prior)
{
    QList<ProfilePartFault> faults;
    const JsonPath path = JsonPath().key(QStringLiteral("prior"));
    for (auto it = prior.begin(); it != prior.end(); ++it) {
        const QString target = notACell(reportTemplate, it.key());
        if (!target.isEmpty())
            faults.append({ part, path.key(it.key()).toString(),
                            QCoreApplication::translate("RollForward", "the prior-year cell: %1").arg(target) });
        const QString source = notACell(reportTemplate, it.value().toString());
        if (!source.isEmpty())
            faults.append({ part, path.key(it.key()).toString(),
                            QCoreApplication::translate("RollForward", "the cell it comes from: %1").arg(source) });
    }
    return faults;
}

} // namespace PriorCellCheck
