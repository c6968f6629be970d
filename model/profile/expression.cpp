#include "profile/expression.h"

#include <QCoreApplication>

namespace {

// ':' names a budget column inside a placeholder ("{budget:abroad}", see BudgetKinds).
bool isReferenceChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('{')
            || c == QLatin1Char('}') || c == QLatin1Char(':');
}


} // namespace

Expression Expression::parse(const QString &text, bool *ok, QString *error)
{
    Expression expression;
    *ok = false;
    int sign = 1;
    bool expectTerm = true;
    qsizetype i = 0;
    const auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("Expression", "Formula \"%1\": %2").arg(text, why);
        return Expression();
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('+') || c == QLatin1Char('-')) {
            if (!expectTerm)
                expectTerm = true;
            else if (c == QLatin1Char('+') || !expression.terms.isEmpty())
                return fail(QCoreApplication::translate("Expression", "two operators in a row"));
            sign = c == QLatin1Char('-') ? -sign : sign;
            ++i;
        } else if (isReferenceChar(c)) {
            if (!expectTerm)
                return fail(QCoreApplication::translate("Expression", "missing operator"));
            const qsizetype start = i;
            while (i < text.size() && isReferenceChar(text.at(i)))
                ++i;
            expression.terms.append({ sign, text.mid(start, i - start) });
            sign = 1;
            expectTerm = false;
        } else {
            return fail(QCoreApplication::translate("Expression", "unexpected character '%1'").arg(c));
        }
    }
    if (expectTerm)
        return fail(QCoreApplication::translate("Expression", "ends without a term"));
    *ok = true;
    return expression;
}
