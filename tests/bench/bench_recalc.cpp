// Measures one cell edit on the sample and the recalculation it triggers: wall time over many
// edits, and (with --once, under callgrind --toggle-collect='*editOnce*' or
// '*recalculateAllOnce*') the instructions of exactly one edit or one full recalculation.

#include "commands/setcellvalue.h"
#include "document/document.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <vector>

namespace {

const CellRef editedCell { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };

// A keystroke committed into T5: the undo command, the write to the inputs, the incremental
// recalculation through T5, T4 and T1, and the change signal.
void pushEdit(Document &document, qint64 value)
{
    document.push(new SetCellValue(&document, { editedCell, value }));
}

// The measured edit; warm-up edits go through pushEdit() directly so that callgrind's
// --toggle-collect='*editOnce*' counts this one alone.
Q_NEVER_INLINE void editOnce(Document &document, qint64 value)
{
    pushEdit(document, value);
}

Q_NEVER_INLINE void recalculateAllOnce(Recalculator &values)
{
    values.recalculateAll();
}

double median(std::vector<qint64> &samples)
{
    std::sort(samples.begin(), samples.end());
    return double(samples[samples.size() / 2]);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto document = TestSupport::sampleDocument();
    document->undoStack()->setUndoLimit(100);
    const bool once = app.arguments().contains(QStringLiteral("--once"));

    // Alternate between two values so that every edit really changes the dependent cells;
    // different cells so that the undo stack does not merge them away.
    qint64 value = 556'630'000;
    for (int i = 0; i < 100; ++i)
        pushEdit(*document, ++value);
    if (once) {
        editOnce(*document, ++value);
        Recalculator values = document->values();
        recalculateAllOnce(values);
        return 0;
    }

    const int runs = 20000;
    std::vector<qint64> edit;
    std::vector<qint64> full;
    edit.reserve(runs);
    full.reserve(runs);
    QElapsedTimer timer;
    Recalculator values = document->values();
    for (int i = 0; i < runs; ++i) {
        timer.start();
        editOnce(*document, ++value);
        edit.push_back(timer.nsecsElapsed());
        timer.start();
        recalculateAllOnce(values);
        full.push_back(timer.nsecsElapsed());
    }
    out << "cells in the sample's graph: " << document->values().cellCount() << '\n'
        << "one cell edit (command + incremental recalculation + signal), median: "
        << median(edit) / 1000.0 << " µs over " << runs << " edits\n"
        << "full recalculation of every derived cell, median: " << median(full) / 1000.0 << " µs\n";
    return 0;
}
