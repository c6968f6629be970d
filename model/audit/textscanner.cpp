#include "audit/textscanner.h"

#include "money/money.h"

#include <algorithm>

namespace {

// 10^12 and six places: a plug sum of shares scaled to six places still fits in qint64.
constexpr qint64 MaxStatedFigure = 1'000'000'000'000LL;
constexpr int MaxStatedDecimals = 6;

const QString numerals = QStringLiteral("一二三四五六七八九十");

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    // The full-width comma stays: an ASCII comma inside a number is a thousands separator.
    if (u >= 0xFF01 && u <= 0xFF5E && u != 0xFF0C)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

bool isNumeral(QChar c)
{
    return numerals.contains(c);
}

// Counts the leading Chinese numerals of `line` from `from`.
int numeralRun(const QString &line, int from)
{
    int i = from;
    while (i < line.size() && isNumeral(line.at(i)))
        ++i;
    return i - from;
}

int partNumber(const QString &numeral)
{
    return int(numerals.indexOf(numeral)) + 1;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// "1." "2、" "(1)" at the start of a line: a list item, which starts a sentence.
bool startsItem(const QString &line)
{
    int i = 0;
    const bool bracket = line.startsWith(QLatin1Char('('));
    if (bracket)
        ++i;
    const int digits = i;
    while (i < line.size() && isAsciiDigit(line.at(i)))
        ++i;
    if (i == digits || i >= line.size())
        return false;
    if (bracket)
        return line.at(i) == QLatin1Char(')');
    const QChar after = line.at(i);
    return (after == QLatin1Char('.') || after == u'、') && (i + 1 >= line.size() || !isAsciiDigit(line.at(i + 1)));
}

// Reads a heading at the start of `line` into `section`; false when the line is not one.
bool readHeading(const QString &line, TextSection *section)
{
    if (line.startsWith(u'第')) {
        const int run = numeralRun(line, 1);
        if (run > 0 && line.mid(1 + run, 2) == QStringLiteral("部分")) {
            *section = TextSection { partNumber(line.mid(1, run)), QString(), QString(), 0 };
            return true;
        }
        return false;
    }
    const int run = numeralRun(line, 0);
    if (run > 0 && run <= 3 && line.size() > run && line.at(run) == u'、') {
        *section = TextSection { section->part, line.left(run), QString(), 0 };
        return true;
    }
    if (line.startsWith(QLatin1Char('('))) {
        const int sub = numeralRun(line, 1);
        if (sub > 0 && line.size() > sub + 1 && line.at(sub + 1) == QLatin1Char(')')) {
            *section = TextSection { section->part, section->top, line.mid(1, sub), 0 };
            return true;
        }
    }
    return false;
}

TextSection sectionFromLabel(const QString &label)
{
    TextSection section;
    if (label.startsWith(u'第')) {
        const int run = numeralRun(label, 1);
        section.part = partNumber(label.mid(1, run));
        return section;
    }
    const qsizetype open = label.indexOf(u'（');
    section.top = open < 0 ? label : label.left(open);
    if (open >= 0)
        section.sub = label.mid(open + 1, label.size() - open - 2);
    return section;
}

bool endsSentence(QChar c)
{
    return c == u'。' || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?');
}

void readNumber(const QString &text, int start, const QStringList &countUnits, TextNumber *number)
{
    int i = start;
    QString digits;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            digits += c;
            ++i;
        } else if (c == QLatin1Char(',') && i + 3 < text.size() && isAsciiDigit(text.at(i + 1))
                   && isAsciiDigit(text.at(i + 2)) && isAsciiDigit(text.at(i + 3))
                   && (i + 4 >= text.size() || !isAsciiDigit(text.at(i + 4)))) {
            ++i; // thousands separator
        } else {
            break;
        }
    }
    if (i + 1 < text.size() && text.at(i) == QLatin1Char('.') && isAsciiDigit(text.at(i + 1))) {
        digits += QLatin1Char('.');
        ++i;
        while (i < text.size() && isAsciiDigit(text.at(i))) {
            digits += text.at(i);
            ++number->decimals;
            ++i;
        }
    }
    number->start = start;
    number->text = digits;
    const QStringView rest = QStringView(text).mid(i);
    const auto unit = [&](TextNumber::Unit kind, int length) {
        number->unit = kind;
        i += length;
    };
    if (rest.startsWith(u"万元")) {
        unit(TextNumber::Unit::Wanyuan, 2);
    } else if (rest.startsWith(u'元')) {
        unit(TextNumber::Unit::Yuan, 1);
    } else if (rest.startsWith(u'%')) {
        unit(TextNumber::Unit::Percent, 1);
    } else if (rest.startsWith(u'年') || rest.startsWith(u'月') || rest.startsWith(u'日')) {
        number->unit = TextNumber::Unit::Date;
    } else if (number->decimals == 0) {
        for (const QString &name : countUnits) {
            if (rest.startsWith(name)) {
                number->countUnit = name;
                unit(TextNumber::Unit::Count, int(name.size()));
                break;
            }
        }
    }
    number->end = i;
    if (number->isMoney()) {
        const MoneyParseResult money = parseMoney(
                digits, { number->unit == TextNumber::Unit::Wanyuan ? MoneyUnit::Wanyuan : MoneyUnit::Yuan, false, false });
        if (money.ok)
            number->value = money.value.fen();
        else
            number->unit = TextNumber::Unit::Plain;
    } else if (number->unit == TextNumber::Unit::Percent || number->unit == TextNumber::Unit::Count) {
        // Beyond these bounds a percentage or a count is no figure a document states: it stays
        // plain text, so that the checks never compute with it.
        bool ok = false;
        number->value = QString(digits).remove(QLatin1Char('.')).toLongLong(&ok);
        if (!ok || number->value > MaxStatedFigure || number->decimals > MaxStatedDecimals) {
            number->unit = TextNumber::Unit::Plain;
            number->value = 0;
        }
    }
}

} // namespace

QString TextSection::label() const
{
    if (part != 3) {
        const QString name = QStringLiteral("第") + numerals.at(qBound(0, part - 1, 9)) + QStringLiteral("部分");
        return top.isEmpty() ? name : name + QLatin1Char(' ') + top;
    }
    return sub.isEmpty() ? top : top + u'（' + sub + u'）';
}

int ScannedText::sentenceAt(int position) const
{
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                                     [](int p, const TextSentence &s) { return p < s.start; });
    return it == sentences.cbegin() ? 0 : int(it - sentences.cbegin()) - 1;
}

namespace TextScanner {

QString normalize(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const QChar folded = fold(c);
        if (!folded.isSpace())
            result += folded;
    }
    return result;
}

ScannedText scan(const QString &text, const QString &initialSection, const QStringList &countUnits)
{
    ScannedText scanned;
    scanned.text.reserve(text.size());
    scanned.origin.reserve(text.size() + 1);
    scanned.sections.append(sectionFromLabel(initialSection));
    QList<int> breaks; // positions where a sentence must start
    int lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QString line;
        QVector<int> origin;
        for (int i = lineStart; i < lineEnd; ++i) {
            const QChar folded = fold(text.at(i));
            if (!folded.isSpace()) {
                line += folded;
                origin.append(i);
            }
        }
        lineStart = int(lineEnd) + 1;
        if (line.isEmpty())
            continue;
        const int position = int(scanned.text.size());
        TextSection section = scanned.sections.constLast();
        const bool heading = readHeading(line, &section);
        if (heading) {
            section.start = position;
            scanned.sections.append(section);
        }
        if (heading || startsItem(line))
            breaks.append(position);
        scanned.text += line;
        scanned.origin += origin;
        if (heading) // a heading is a sentence of its own
            breaks.append(int(scanned.text.size()));
    }
    scanned.origin.append(int(text.size()));

    int sentenceStart = 0;
    int section = 0;
    qsizetype nextBreak = 0;
    const auto close = [&](int end) {
        if (end > sentenceStart) {
            while (section + 1 < scanned.sections.size() && scanned.sections.at(section + 1).start <= sentenceStart)
                ++section;
            scanned.sentences.append({ sentenceStart, end, section });
        }
        sentenceStart = end;
    };
    for (int i = 0; i <= scanned.text.size(); ++i) {
        while (nextBreak < breaks.size() && breaks.at(nextBreak) == i) {
            close(i);
            ++nextBreak;
        }
        if (i == scanned.text.size())
            close(i);
        else if (endsSentence(scanned.text.at(i)))
            close(i + 1);
    }

    for (int i = 0; i < scanned.text.size(); ++i) {
        if (!isAsciiDigit(scanned.text.at(i)))
            continue;
        const QChar before = i > 0 ? scanned.text.at(i - 1) : QChar();
        if (i > 0 && (before.isLetterOrNumber() && before.unicode() < 0x80)) {
            while (i < scanned.text.size() && isAsciiDigit(scanned.text.at(i)))
                ++i;
            continue;
        }
        TextNumber number;
        readNumber(scanned.text, i, countUnits, &number);
        scanned.numbers.append(number);
        i = number.end - 1;
    }
    return scanned;
}

} // namespace TextScanner
