#pragma once

#include "audit/finding.h"
#include "audit/textstatements.h"

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

class TextFactCatalogue;
struct ScannedText;
struct TextNumber;
struct TextRules;

// Checks the statements of one text against the data: each figure, change, rate, share and
// completion rate, then what only shows across statements (swapped figures, contradicting
// direction words, plugged share lists, parts that do not add up to their total).
class TextChecker
{
public:
    TextChecker(const ScannedText &text, const TextFactCatalogue &facts, const TextRules &rules, const QString &textKey);

    QList<Finding> run(const QList<TextStatement> &statements);

private:
    struct Stated
    {
        const TextStatement *value = nullptr;
        const TextStatement *budget = nullptr;
        bool valueWrong = false;
        bool budgetWrong = false;
    };
    struct Share
    {
        const TextStatement *statement;
        bool wrong;
    };

    void collectStated(const QList<TextStatement> &statements);
    void checkFigures();
    void checkCount(const TextStatement &s);
    void checkChange(const TextStatement &s, bool directionChecked);
    void checkRate(const TextStatement &s, bool directionChecked);
    void checkShare(const TextStatement &s);
    void checkCompletion(const TextStatement &s);
    void checkComparison(const TextStatement &s);
    void checkDirection(const TextStatement &s, qint64 change);
    bool checkConflict(const QList<const TextStatement *> &group);
    bool checkExactClaim(const TextStatement &s, std::pair<qint64, qint64> data, const QString &kind,
                         const QString &what, int *outcome);
    void checkPlugs();
    void checkSums();
    // Compares a stated percentage with the ratios that would make it right; reports the first
    // kind of error that explains it otherwise. `inverse` is the ratio upside down.
    enum PercentOutcome { Right, Truncated, Wrong };
    int checkPercent(const TextStatement &s, const QList<std::pair<qint64, qint64>> &accepted,
                      std::pair<qint64, qint64> inverse, const QString &kind, const QString &what,
                      std::initializer_list<std::pair<QLatin1String, QString>> values);

    Finding &add(const QString &kind, const TextStatement &s, std::initializer_list<std::pair<QLatin1String, QString>> values);
    const TextNumber &numberOf(const TextStatement &s) const;
    int sectionOf(const TextStatement &s) const;
    bool sameMoney(const TextNumber &number, qint64 fen) const;
    AuditValue statedValue(const TextStatement &s) const;
    AuditValue money(qint64 fen, const TextNumber &number) const;
    const TextStatement *statedValueOf(const TextStatement &s) const;
    QString partsText(int fact, qint64 *sum) const;

    const ScannedText &m_text;
    const TextFactCatalogue &m_facts;
    const TextRules &m_rules;
    QString m_textKey;
    QHash<std::pair<int, int>, Stated> m_stated; // (section, fact)
    QHash<std::pair<int, int>, const TextStatement *> m_changes; // (section, fact): the stated change
    QHash<std::pair<int, int>, QList<Share>> m_shares; // (section, whole), in text order
    QList<Finding> m_findings;
};
