#pragma once

#include <QList>
#include <QString>

// A formula of the template: a signed sum of references, such as "basic + project",
// "I_TOT - E_SUM - E_ALLOC", "301 + 303" or "T4.BOY_GPB.amount + T4.I_GPB.amount". Whether a
// reference names a column, a row (codes are row keys too) or a whole cell depends on where
// the formula stands.
struct Expression
{
    struct Term
    {
        int sign = 1;
        QString reference;
    };

    QList<Term> terms;

    // `ok` is false, with `error` set, on a syntax error.
    static Expression parse(const QString &text, bool *ok, QString *error);
};
