#pragma once

#include "narrative/narrativefigures.h"
#include "narrative/narrativetemplate.h"
#include "narrative/narrativetext.h"

#include <QList>
#include <QString>
#include <QStringList>

class Document;
class NarrativeTemplate;
struct Condition;
struct ParagraphDef;
struct RepeatDef;
struct SectionDef;
struct TextPattern;

// Writes the narrative of one document from a wording: every figure computed from the
// document's exact amounts, every required text taken from the document or reported missing.
class NarrativeGenerator {
public:
    static NarrativeText generate(const NarrativeTemplate &wording, const Document &document);
    // The title of Part `number` as the wording words it for this document ("第二部分
    // 上海市XX局2024年度部门决算表"); empty when the wording has no such part.
    static QString partTitle(const NarrativeTemplate &wording, const Document &document, int number);

private:
    // A listed thing: a classification row, a project or one of its output indicators, a unit,
    // or an item of a profile's list (a vehicle category, a glossary entry).
    struct Item {
        int index = 0; // 1-based among the listed items
        QString code;
        QString name;
        int project = -1;
        int output = -1;
        int unit = -1;
        QString text = {}; // a list item's "text" (a glossary entry's definition)
    };

    NarrativeGenerator(const NarrativeTemplate &wording, const Document &document);

    void section(const SectionDef &def, int level);
    void paragraph(const ParagraphDef &def, const FigureScope &scope, const Item &item);
    void userText(const ParagraphDef &def, const FigureScope &scope, const Item &item);
    void clauses(
        const QList<ClauseDef> &defs, const FigureScope &scope, const Item &item, QList<NarrativeRun> *runs);
    void listClause(
        const ClauseDef &def, const FigureScope &scope, const Item &item, QList<NarrativeRun> *runs);
    void render(
        const TextPattern &pattern, const FigureScope &scope, const Item &item, QList<NarrativeRun> *runs);
    void addText(const QString &text, QList<NarrativeRun> *runs) const;
    void addBlock(NarrativeBlock::Kind kind, int level, QList<NarrativeRun> runs);

    bool holds(const Condition &condition, const FigureScope &scope, const Item &item) const;
    // Whether every figure the pattern states is known; a sentence about an unknown is left out.
    bool statesOnlyKnown(const TextPattern &pattern, const FigureScope &scope) const;
    // The first case whose condition holds and whose figures are all known.
    const TextPattern *chooseCase(
        const QList<ClauseDef::Case> &cases, const FigureScope &scope, const Item &item) const;
    // The items of a repeat that its `where` admits, numbered, each with its own figures.
    QList<Item> items(const RepeatDef &repeat, const FigureScope &scope, const Item &parent) const;
    QList<Item> candidates(const RepeatDef &repeat, const Item &parent) const;
    QString field(const QString &name, const Item &item) const;

    const NarrativeTemplate &m_wording;
    const Document &m_document;
    FigureEnvironment m_environment;
    FigureScope m_global; // the wording's global figures, each computed once per generation
    NarrativeText m_text;
    int m_part = 0;
    QStringList m_headings;
};
