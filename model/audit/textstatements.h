#pragma once

#include <QList>
#include <QString>

class RuleExpression;
class TextFactCatalogue;
struct ScannedText;
struct TextRules;

// A number of a text tied to the figure it names and the role it plays there: "支出决算为
// 556.63 万元" is the actual of 行政运行, "下降 6.4%" the change rate of the subject before it.
struct TextStatement
{
    enum class Role { Value, Budget, Change, Rate, Share, Completion, Count, Comparison };

    Role role = Role::Value;
    int fact = -1;
    int number = -1;    // index into ScannedText::numbers; -1 for comparisons
    int direction = 0;  // +1 增加/大于, -1 减少/小于, 0 持平 or none
    QString word;       // the direction word as written
    int whole = -1;     // shares: the fact it is a share of
    const RuleExpression *count = nullptr; // counts: the figure, when not the fact's value
    int sentence = 0;
    int start = 0;      // the words stated, in the normalised text
    int end = 0;
};

namespace TextStatements {

QList<TextStatement> read(const ScannedText &text, const TextFactCatalogue &facts, const TextRules &rules);

} // namespace TextStatements
