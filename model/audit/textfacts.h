#pragma once

#include "profile/ruleexpression.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class Document;
struct TextFactDef;
struct TextRules;
struct TextSection;

// One figure of one document that a text may name: a fact of the rules data, a 类 or 项 of
// table 5, or a project.
struct TextFact
{
    const TextFactDef *def = nullptr;
    QString id;
    QString label;
    RuleExpression::Scope scope;
    QStringList keys;
    int whole = -1;
    QList<int> parts;
};

// The facts a text about one document can name, and the words that name them.
class TextFactCatalogue
{
public:
    TextFactCatalogue(const Document &document, const TextRules &rules);

    const QList<TextFact> &facts() const { return m_facts; }
    const TextFact &at(int index) const { return m_facts.at(index); }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    // The longest key starting at `position` of a fact named in `section`: (fact, key length),
    // or (-1, 0). A fact whose figures leave the amount range is not matched: the table audit
    // reports those figures, and a text cannot be checked against them.
    std::pair<int, int> match(QStringView text, int position, const TextSection &section) const;
    // The 项 of table 5 named "类（类）款（款）项（项）"; the 项 and 类 names must match, the 款
    // name decides between equals. -1 when there is none.
    int item(const QString &className, const QString &sectionName, const QString &itemName) const;

    qint64 value(int fact) const;
    bool isComputable(int fact) const;
    // A budget or a last-year figure that is unknown counts as not given: nothing is compared with it.
    bool hasBudget(int fact) const;
    qint64 budget(int fact) const;
    bool hasPrior(int fact) const;
    qint64 prior(int fact) const;
    bool isCount(int fact) const;
    const QString &unit(int fact) const;
    // The figure a count unit names for a fact ("个" → groups); nullptr when none.
    const RuleExpression *countOf(int fact, const QString &unit) const;
    QList<CellRef> cells(int fact) const;
    const Document &document() const { return *m_document; }

private:
    int add(const TextFact &fact);
    bool isKnown(const RuleExpression &expression, const RuleExpression::Scope &scope) const;
    static bool namedIn(const TextFactDef &def, const TextSection &section);

    const Document *m_document;
    QList<TextFact> m_facts;
    QHash<QString, int> m_index;
    QHash<QChar, QList<std::pair<QString, int>>> m_keys; // first character → (key, fact)
    QList<int> m_items;
};
