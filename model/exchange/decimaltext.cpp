#include "exchange/decimaltext.h"

namespace DecimalText {

std::optional<qint64> scaled(const QString &text, int exponent)
{
    const QString trimmed = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < trimmed.size() && (trimmed.at(i) == QLatin1Char('-') || trimmed.at(i) == QLatin1Char('+')))
        negative = trimmed.at(i++) == QLatin1Char('-');
    QString digits;
    int fraction = 0;
    bool point = false;
    for (; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
            fraction += point ? 1 : 0;
        } else if (c == QLatin1Char('.') && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;
    if (i < trimmed.size()) {
        if (trimmed.at(i) != QLatin1Char('e') && trimmed.at(i) != QLatin1Char('E'))
            return std::nullopt;
        bool ok = false;
        const int power = trimmed.mid(i + 1).toInt(&ok);
        if (!ok || power < -400 || power > 400)
            return std::nullopt;
        exponent += power;
    }
    exponent -= fraction;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    bool roundUp = false;
    if (exponent < 0) {
        const qsizetype drop = std::min<qsizetype>(-exponent, digits.size() + 1);
        const QString padded = QString(drop, QLatin1Char('0')) + digits;
        roundUp = padded.at(padded.size() - drop) >= QLatin1Char('5');
        digits = padded.left(padded.size() - drop);
        exponent = 0;
    }
    if (digits.isEmpty())
        digits = QStringLiteral("0");
    digits += QString(exponent, QLatin1Char('0'));
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > 17)
        return std::nullopt;
    qint64 value = digits.toLongLong() + (roundUp ? 1 : 0);
    return negative ? -value : value;
}

} // namespace DecimalText
