#pragma once

#include "document/cellref.h"

#include <QList>
#include <QRandomGenerator>

class Document;

// A reproducible session of editing, for the crash-kill test: step N does the same thing to the
// same document every time for a given seed — typing, pasting, clearing, texts, undo and redo,
// all through the undo commands — so the test can replay in memory what a killed process did.
class ScriptedEditor
{
public:
    ScriptedEditor(Document *document, quint32 seed);

    // Does the next step; most steps push one command, an undo or redo without anything to
    // undo or redo pushes nothing.
    void step();

private:
    CellRef anyCell();
    qint64 anyValue(const CellRef &ref);
    QString anyText();

    Document *m_document;
    QRandomGenerator m_random;
    QList<CellRef> m_cells; // the input cells the sample fills
};
