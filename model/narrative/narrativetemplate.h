#pragma once

#include "narrative/narrativefigures.h"
#include "narrative/narrativesyntax.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QJsonObject;
class ReportTemplate;

// What a paragraph or a clause is repeated over: classification rows of a table, the
// projects of the self-evaluation, the output indicators of the listed project, or the
// department's units.
struct RepeatDef {
    enum class Source { None, Rows, Projects, Outputs, Units, List };

    Source source = Source::None;
    QString table; // Rows: the table; List: the profile's part file ("vehicles", "glossary")
    QString block; // empty: every block of the table
    int level = 0; // classification level of the rows (functional 1 类 … 3 项; economic 2)
    FigureSet figures; // computed per item
    Condition where; // which items are listed

    bool isActive() const { return source != Source::None; }
};

// A clause of a paragraph: the first case whose condition holds, or, with a repeat, one case
// per item joined by `separator` (`single` when there is exactly one item, `empty` for none),
// or, with `join`, every case whose condition holds, joined by `separator` (the 样张's lists
// of income and expenditure types, where "不涉及的不列").
struct ClauseDef {
    struct Case {
        Condition when;
        TextPattern text;
    };

    Condition when;
    QList<Case> cases;
    RepeatDef repeat;
    QString separator;
    TextPattern single;
    TextPattern empty;
    bool join = false;
};

struct ParagraphDef {
    Condition when;
    RepeatDef repeat; // one paragraph per item
    QList<ClauseDef> clauses;
    // A multi-line text of the document, one paragraph per line, with `inserted` placed after
    // the line containing `insertAfter` (or at the end when no line does).
    QString userText;
    QString insertAfter;
    std::vector<ParagraphDef> inserted;
};

struct SectionDef {
    TextPattern title;
    std::vector<ParagraphDef> paragraphs;
    std::vector<SectionDef> sections;
};

struct PartDef {
    int number = 0;
    TextPattern title;
    std::vector<ParagraphDef> paragraphs; // before the first section
    std::vector<SectionDef> sections;
};

// The wording of a template set's narrative (resources/profiles/<template id>/narrative.json): parts,
// sections and sentence patterns, the figures they state and the phrases that tell changes.
// A province's wording is data; the generator knows only how to compute and assemble.
class NarrativeTemplate {
public:
    // `budget`: the profile's budget kinds, and what a {budget} figure reads where the
    // wording's settings and the figure say nothing.
    static std::shared_ptr<const NarrativeTemplate> fromJson(const QJsonObject &json, const BudgetChoice &budget,
                                                             QString *error);
    // The wording of a profile (its narrative.json, merged with its bases').
    static std::shared_ptr<const NarrativeTemplate> forTemplate(const ReportTemplate &reportTemplate, QString *error);

    const QString &templateId() const { return m_templateId; }
    // Shown instead of a percentage whose base is zero.
    const QString &notComparable() const { return m_notComparable; }
    // Printed where a required text is still empty.
    const QString &missingText() const { return m_missingText; }
    const QHash<QString, ChangePhrase> &phrases() const { return m_phrases; }
    const FigureSet &figures() const { return m_figures; }
    const std::vector<PartDef> &parts() const { return m_parts; }

private:
    QString m_templateId;
    QString m_notComparable;
    QString m_missingText;
    QHash<QString, ChangePhrase> m_phrases;
    FigureSet m_figures;
    std::vector<PartDef> m_parts;
};
