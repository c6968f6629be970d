#include "evaluation/points.h"

#include <QCoreApplication>

#include <algorithm>

namespace {


// Full-width digits and the ideographic full stop, as Chinese input methods type them.
QChar halfWidth(QChar c)
{
    if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
        return QChar(u'0' + (c.unicode() - 0xFF10));
    if (c.unicode() == 0xFF0E || c.unicode() == 0x3002)
        return QLatin1Char('.');
    return c;
}

} // namespace

QString Points::toString() const
{
    const qint64 magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    return (m_hundredths < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / PerPoint)
            + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % PerPoint, 2, 10, QLatin1Char('0'));
}

QString Points::toShortString() const
{
    QString text = toString();
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

PointsParseResult parsePoints(QStringView text)
{
    PointsParseResult result;
    QString clean;
    for (const QChar c : text.trimmed())
        clean.append(halfWidth(c));
    if (clean.isEmpty()) {
        result.ok = true;
        result.empty = true;
        return result;
    }
    const qsizetype dot = clean.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? clean : clean.left(dot);
    const QString fraction = dot < 0 ? QString() : clean.mid(dot + 1);
    const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    };
    if (clean.startsWith(QLatin1Char('-'))) {
        result.error = QCoreApplication::translate("Points", "A score cannot be negative.");
        return result;
    }
    if (whole.isEmpty() || !digitsOnly(whole) || !digitsOnly(fraction) || (dot >= 0 && fraction.isEmpty())) {
        result.error = QCoreApplication::translate("Points", "\"%1\" is not a number of points.").arg(text.trimmed());
        return result;
    }
    if (fraction.size() > 2) {
        result.error = QCoreApplication::translate("Points", "Points have at most two decimals.");
        return result;
    }
    const qint64 hundredths = whole.size() > 4
            ? Points::LimitHundredths + 1
            : whole.toLongLong() * Points::PerPoint + QString(fraction).leftJustified(2, u'0').toLongLong();
    if (hundredths > Points::LimitHundredths) {
        result.error = QCoreApplication::translate("Points", "No form has more than %1 points.").arg(Points::LimitHundredths / Points::PerPoint);
        return result;
    }
    result.ok = true;
    result.value = Points::fromHundredths(hundredths);
    return result;
}
