#pragma once

#include "document/cellref.h"

#include <QList>
#include <QString>

// One stretch of generated text: plain wording, a computed figure, or a text the accountant types.
struct NarrativeRun {
    enum class Kind {
        Text, // wording from the narrative template, or a name from a code book
        Figure, // computed; `figure` indexes NarrativeText::figures
        Reason, // a required text (主要原因, 主要用于…) that the accountant types
        UserText, // an optional text of the document (duties, organisation, glossary…)
    };

    Kind kind = Kind::Text;
    QString text;
    int figure = -1;
    QString key; // Reason and UserText: the document text key
    bool missing = false; // a Reason that is empty; `text` is then the template's marker

    bool isEditable() const { return kind == Kind::Reason || kind == Kind::UserText; }
};

struct NarrativeBlock {
    enum class Kind { PartTitle, Heading, Paragraph };

    Kind kind = Kind::Paragraph;
    int part = 0; // 1, 3, 4 or 5
    int level = 0; // headings: 1 for 一、…, 2 for （一）…
    QList<NarrativeRun> runs;

    QString plainText() const;
};

// How a computed figure came about, for a tooltip and for jumping to its source.
struct NarrativeFigure {
    QString explanation; // formula, labels and values: "本年收入合计 ÷ … × 100 = … = 99.97%"
    QList<CellRef> cells; // source cells, the first one being the one to jump to
    int project = -1; // a figure from a project's self-evaluation: its index
};

// A required text that is empty where the narrative needs it.
struct MissingReason {
    QString key; // the document text key ("reason.item.2010601")
    QString section; // the headings above it ("五、…情况说明 / （三）…")
    QString context; // the sentence up to where the text is missing

    bool operator==(const MissingReason &) const = default;
};

// The generated Parts 1, 3, 4 and 5 of a disclosure, in document order.
struct NarrativeText {
    QList<NarrativeBlock> blocks;
    QList<NarrativeFigure> figures;
    QList<MissingReason> missingReasons;

    // Parts in `parts` (all when empty), one block a line, a blank line before each part.
    QString toPlainText(const QList<int> &parts = {}) const;
    // The plain text of the section whose heading starts with `heading`, headings included,
    // up to the next heading of the same or a higher level.
    QString sectionText(int part, const QString &heading) const;
};
