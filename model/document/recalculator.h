#pragma once

#include "document/cellref.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

class SheetLayout;

// The value of every cell of a document: inputs as given, derived cells computed by the
// template's formulas. Cells are numbered once per layout; an edit recomputes only the
// cells that depend on it, in dependency order, and reports which of them changed.
// A blank input whose column says so is unknown, and so is every figure derived from it.
class Recalculator
{
public:
    // Builds the dependency graph; a formula that names a table or column that does not exist,
    // or a cycle, is a template error reported in `error` (the graph is then empty).
    Recalculator(const SheetLayout &layout, QString *error);

    int cellCount() const { return int(m_refs.size()); }
    int indexOf(const CellRef &ref) const { return m_index.value(ref, -1); }
    const CellRef &cellAt(int index) const { return m_refs.at(index); }
    bool isInput(int index) const { return m_isInput.at(index); }
    qint64 valueAt(int index) const { return m_values.at(index); }
    qint64 value(const CellRef &ref) const;
    // A derived cell whose sum leaves the amount range (±Money::LimitFen), or reads a cell that
    // did, cannot be computed: it is out of range and its value reads as zero, never wrapped.
    bool isOutOfRange(int index) const { return m_outOfRange.at(index); }
    bool isOutOfRange(const CellRef &ref) const;
    QList<int> outOfRangeCells() const;
    bool isKnownAt(int index) const { return m_known.at(index); }
    // A cell outside the layout (an unused classification row) is a known zero.
    bool isKnown(const CellRef &ref) const;
    // Cells whose formulas read this one.
    QList<int> dependentsOf(int index) const;

    // Sets every input from `inputs` (missing ones are zero or unknown) and recomputes everything.
    void loadInputs(const QHash<CellRef, qint64> &inputs);
    // Sets some inputs (no value: blank) and recomputes what depends on them; returns the
    // cells whose value or whose being known changed, inputs included.
    QList<int> applyInputs(const QList<std::pair<int, std::optional<qint64>>> &changes);
    // Recomputes every derived cell; returns those whose value changed.
    QList<int> recalculateAll();

private:
    Recalculator() = default;
    // Recomputes one derived cell's value; true when its value or range changed.
    bool compute(int index);
    bool computeKnown(int index) const;
    // Recomputes one derived cell; true when its value, its range or its being known changed.
    bool update(int index);

    QVector<CellRef> m_refs;
    QHash<CellRef, int> m_index;
    QVector<qint64> m_values;
    QVector<bool> m_outOfRange;
    QVector<bool> m_isInput;
    QVector<bool> m_blankIsUnknown;
    QVector<bool> m_known;
    // Formula terms and dependents in compressed rows: cell i's terms are
    // m_termCells[m_termStart[i] .. m_termStart[i + 1]).
    QVector<int> m_termStart;
    QVector<int> m_termCells;
    QVector<int> m_termSigns;
    QVector<int> m_dependentStart;
    QVector<int> m_dependents;
    QVector<int> m_order; // derived cells in dependency order
    QVector<int> m_rank;  // position of each cell in that order
    mutable QVector<quint32> m_visited;
    mutable quint32 m_visitStamp = 0;
};
