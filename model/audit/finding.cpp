#include "audit/finding.h"

#include "money/money.h"
#include "money/ratio.h"

#include <QCoreApplication>

QString AuditValue::text(const QString &unit) const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Money:
        return Money::fromFen(value).format(MoneyUnit::Wanyuan, decimals, false) + QStringLiteral(" 万元");
    case Kind::Count:
        return unit.isEmpty() ? QString::number(value) : QString::number(value) + QLatin1Char(' ') + unit;
    case Kind::Percent:
        return Ratio::formatScaled(value, decimals) + QLatin1Char('%');
    }
    return QString();
}

QString FindingLocation::toString() const
{
    switch (kind) {
    case Kind::Cell:
        return cell.toString();
    case Kind::Text:
        return (textKey.isEmpty() ? QStringLiteral("text") : QStringLiteral("text:") + textKey) + QLatin1Char('@')
                + QString::number(offset) + QLatin1Char('+') + QString::number(length);
    case Kind::Project:
        return QStringLiteral("project:") + QString::number(project);
    case Kind::Department:
        return QStringLiteral("department");
    }
    return QString();
}

bool Finding::isBlankExplanation(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed == QStringLiteral("无") || trimmed == QStringLiteral("无。");
}

namespace AuditSeverity {

QString name(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Audit", "错误");
    case Severity::Warning:
        return QCoreApplication::translate("Audit", "警告");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("Audit", "提示");
}

} // namespace AuditSeverity

int auditExitStatus(const QList<Finding> &findings)
{
    int status = 0;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            return 2;
        if (finding.severity == Severity::Warning)
            status = 1;
    }
    return status;
}

QString fillMessage(QString message, std::initializer_list<std::pair<QLatin1String, QString>> values)
{
    for (const auto &[name, value] : values)
        message.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return message;
}

qint64 tailToleranceFen(int terms)
{
    if (terms < 2)
        return 0;
    constexpr qint64 cent = Money::FenPerWanyuan / 100; // 0.01 万元
    const qint64 halfCents = terms + 1;                  // in units of 0.005 万元
    return (halfCents + 1) / 2 * cent;
}
