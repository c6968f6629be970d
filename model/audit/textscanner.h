#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// A number as written in a text, with its unit.
struct TextNumber
{
    enum class Unit { Plain, Wanyuan, Yuan, Percent, Count, Date };

    int start = 0; // in the normalised text
    int end = 0;
    Unit unit = Unit::Plain;
    QString countUnit;
    qint64 value = 0; // fen for money, the count, or the percentage scaled by 10^decimals
    int decimals = 0; // digits written after the point
    QString text;     // the digits as written

    bool isMoney() const { return unit == Unit::Wanyuan || unit == Unit::Yuan; }
};

// A heading's reach: "五（三）" is section 五, sub-section （三） of 第三部分.
struct TextSection
{
    int part = 3;
    QString top; // 一 … 十四
    QString sub; // （一）…, or empty
    int start = 0;

    // "五（三）", "第一部分", "第一部分 二".
    QString label() const;
};

struct TextSentence
{
    int start = 0;
    int end = 0;
    int section = 0;
};

// A text prepared for the audit: blanks removed, full-width forms folded, headings,
// sentences and numbers found. Offsets map back to the text as given.
struct ScannedText
{
    QString text;
    QVector<int> origin; // origin[i]: offset in the given text of text[i]; one extra at the end
    QList<TextSection> sections;
    QList<TextSentence> sentences;
    QList<TextNumber> numbers; // in text order

    int sentenceAt(int position) const;
};

namespace TextScanner {

// Folds full-width digits, letters and brackets to ASCII (the Chinese comma and full stop stay)
// and drops blanks, so that "（ 4116.42 ）" and "(4116.42)" read alike.
QString normalize(const QString &text);

// `initialSection` is where a text without headings belongs ("五（三）", "第一部分"); count units
// are tried longest first.
ScannedText scan(const QString &text, const QString &initialSection, const QStringList &countUnits);

} // namespace TextScanner
