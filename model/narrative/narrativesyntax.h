#pragma once

#include <QList>
#include <QString>

// One piece of a wording pattern, split once when the wording is loaded.
struct PatternPiece {
    enum class Kind {
        Literal,
        Figure, // {name}: a computed figure
        Reason, // {reason:key}: a required text of the document
        Text, // {text:key}: an optional text of the document
        Field, // {year}, {name}, {index}…: a fact of the document or of the listed item
    };

    Kind kind = Kind::Literal;
    QString value; // the literal, the figure or field name, or the text key ("{code}" allowed)
};

// A sentence of the wording with its fields: "收入合计{income}万元，{incomeChange}".
struct TextPattern {
    QList<PatternPiece> pieces;

    bool isEmpty() const { return pieces.isEmpty(); }
    // Fails (`error` set) on an unbalanced brace or an empty field.
    static TextPattern parse(const QString &text, QString *error);
    // The names that are facts rather than figures.
    static bool isField(const QString &name);
};

// When a paragraph, a clause or a listed item applies: comparisons of figures (or whole
// numbers), joined by && and ||, && binding tighter. A bare name is true when that figure is
// non-zero or that field is non-empty; known(name) when the figure is known. A comparison
// that reads an unknown figure is false. An empty condition always holds.
struct Condition {
    // A side of a comparison, classified once when the wording is loaded.
    struct Operand {
        enum class Kind { Figure, Field, Number };
        Kind kind = Kind::Figure;
        QString name;
        qint64 number = 0;

        static Operand parse(const QString &text);
    };

    struct Comparison {
        enum class Op { NonZero, Known, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
        Operand lhs;
        Op op = Op::NonZero;
        Operand rhs;
    };

    QList<QList<Comparison>> anyOf; // OR of ANDs

    bool isAlways() const { return anyOf.isEmpty(); }
    static Condition parse(const QString &text, QString *error);
    // The figures the condition reads, for checking them against the definitions when loading.
    QStringList figureNames() const;
};
