#include "narrative/narrativesyntax.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

const QLatin1String reasonPrefix("reason:");
const QLatin1String textPrefix("text:");

QString tr(const char *text)
{
    return QCoreApplication::translate("NarrativeSyntax", text);
}

} // namespace

bool TextPattern::isField(const QString &name)
{
    static const QStringList fields = {
        QStringLiteral("year"),
        QStringLiteral("prevYear"),
        QStringLiteral("department"),
        QStringLiteral("index"),
        QStringLiteral("ordinal"),
        QStringLiteral("code"),
        QStringLiteral("name"),
        QStringLiteral("text"),
        QStringLiteral("qualifiedName"),
        QStringLiteral("indicator"),
        QStringLiteral("value"),
        QStringLiteral("unit"),
        QStringLiteral("problems"),
        QStringLiteral("measures"),
        QStringLiteral("unitKind"),
        QStringLiteral("unitNote"),
    };
    return fields.contains(name);
}

TextPattern TextPattern::parse(const QString &text, QString *error)
{
    TextPattern pattern;
    QString literal;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            *error = tr("\"%1\": a '}' without its '{'.").arg(text);
            return {};
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        // Fields may nest once, for keys such as {reason:reason.item.{code}}.
        int depth = 0;
        qsizetype end = i;
        for (; end < text.size(); ++end) {
            if (text.at(end) == QLatin1Char('{'))
                ++depth;
            else if (text.at(end) == QLatin1Char('}') && --depth == 0)
                break;
        }
        if (end == text.size()) {
            *error = tr("\"%1\": a '{' without its '}'.").arg(text);
            return {};
        }
        const QString inner = text.mid(i + 1, end - i - 1).trimmed();
        if (inner.isEmpty()) {
            *error = tr("\"%1\": an empty {} field.").arg(text);
            return {};
        }
        if (!literal.isEmpty())
            pattern.pieces.append({ PatternPiece::Kind::Literal, literal });
        literal.clear();
        if (inner.startsWith(reasonPrefix))
            pattern.pieces.append({ PatternPiece::Kind::Reason, inner.mid(reasonPrefix.size()) });
        else if (inner.startsWith(textPrefix))
            pattern.pieces.append({ PatternPiece::Kind::Text, inner.mid(textPrefix.size()) });
        else if (isField(inner))
            pattern.pieces.append({ PatternPiece::Kind::Field, inner });
        else
            pattern.pieces.append({ PatternPiece::Kind::Figure, inner });
        i = end + 1;
    }
    if (!literal.isEmpty())
        pattern.pieces.append({ PatternPiece::Kind::Literal, literal });
    return pattern;
}

Condition::Operand Condition::Operand::parse(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+$"));
    Operand operand;
    operand.name = text;
    if (number.match(text).hasMatch()) {
        operand.kind = Kind::Number;
        operand.number = text.toLongLong();
    } else if (TextPattern::isField(text)) {
        operand.kind = Kind::Field;
    }
    return operand;
}

Condition Condition::parse(const QString &text, QString *error)
{
    using Op = Comparison::Op;
    static const QList<std::pair<QLatin1String, Op>> operators = {
        // Two-character operators first, so that ">=" is not read as ">".
        { QLatin1String("=="), Op::Equal },
        { QLatin1String("!="), Op::NotEqual },
        { QLatin1String("<="), Op::LessOrEqual },
        { QLatin1String(">="), Op::GreaterOrEqual },
        { QLatin1String("<"), Op::Less },
        { QLatin1String(">"), Op::Greater },
    };
    Condition condition;
    if (text.trimmed().isEmpty())
        return condition;
    for (const QString &alternative : text.split(QLatin1String("||"))) {
        QList<Comparison> all;
        for (const QString &term : alternative.split(QLatin1String("&&"))) {
            QString lhs = term.trimmed();
            QString rhs;
            Comparison comparison;
            static const QRegularExpression known(QStringLiteral("^known\\(\\s*([^()\\s]+)\\s*\\)$"));
            if (const QRegularExpressionMatch match = known.match(lhs); match.hasMatch()) {
                comparison.lhs = Operand::parse(match.captured(1));
                comparison.op = Op::Known;
                comparison.rhs = Operand::parse(QStringLiteral("0"));
                all.append(comparison);
                continue;
            }
            for (const auto &[symbol, op] : operators) {
                const qsizetype at = term.indexOf(symbol);
                if (at < 0)
                    continue;
                lhs = term.left(at).trimmed();
                comparison.op = op;
                rhs = term.mid(at + symbol.size()).trimmed();
                break;
            }
            if (lhs.isEmpty() || (comparison.op != Op::NonZero && rhs.isEmpty())
                || lhs.contains(QLatin1Char(' ')) || rhs.contains(QLatin1Char(' '))) {
                *error = tr("Condition \"%1\": cannot read \"%2\".").arg(text, term.trimmed());
                return {};
            }
            comparison.lhs = Operand::parse(lhs);
            comparison.rhs
                = comparison.op == Op::NonZero ? Operand::parse(QStringLiteral("0")) : Operand::parse(rhs);
            all.append(comparison);
        }
        condition.anyOf.append(all);
    }
    return condition;
}

QStringList Condition::figureNames() const
{
    QStringList result;
    for (const QList<Comparison> &all : anyOf) {
        for (const Comparison &comparison : all) {
            for (const Operand *operand : { &comparison.lhs, &comparison.rhs }) {
                if (operand->kind == Operand::Kind::Figure)
                    result.append(operand->name);
            }
        }
    }
    return result;
}
