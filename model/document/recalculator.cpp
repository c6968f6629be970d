#include "document/recalculator.h"

#include "document/sheetlayout.h"
#include "money/fensum.h"

#include <QCoreApplication>

#include <algorithm>

Recalculator::Recalculator(const SheetLayout &layout, QString *error)
{
    for (const LayoutTable &table : layout.tables()) {
        for (const LayoutBlock &block : table.blocks) {
            for (const LayoutRow &row : block.rows) {
                for (const ColumnDef &column : block.def->columns) {
                    const CellRef ref { table.def->id, row.key, column.key };
                    m_index.insert(ref, int(m_refs.size()));
                    m_refs.append(ref);
                }
            }
        }
    }
    const int count = int(m_refs.size());
    m_values.fill(0, count);
    m_outOfRange.fill(false, count);
    m_isInput.fill(false, count);
    m_blankIsUnknown.fill(false, count);
    m_known.fill(true, count);
    m_rank.fill(0, count);
    m_visited.fill(0, count);
    m_termStart.reserve(count + 1);

    QVector<int> dependentCount(count, 0);
    for (int i = 0; i < count; ++i) {
        m_termStart.append(int(m_termCells.size()));
        QString formulaError;
        const CellFormula formula = layout.formula(m_refs.at(i), &formulaError);
        if (!formulaError.isEmpty()) {
            *error = formulaError;
            *this = Recalculator();
            return;
        }
        m_isInput[i] = formula.source == CellFormula::Source::Input;
        m_blankIsUnknown[i] = m_isInput[i] && layout.unknownWhenBlank(m_refs.at(i));
        for (const CellFormula::Term &term : formula.terms) {
            const int source = indexOf(term.ref);
            if (source < 0) {
                const LayoutTable *table = layout.table(term.ref.sheet);
                const bool unusedCode = table && table->def->hasClassificationRows() && !table->row(term.ref.row)
                        && CodeBook::levelOf(term.ref.row) != 0
                        && std::all_of(term.ref.row.cbegin(), term.ref.row.cend(), [](QChar c) { return c.isDigit(); });
                if (unusedCode)
                    continue; // a classification row the document does not use counts as zero
                *error = QCoreApplication::translate("Recalculator", "Cell %1 refers to %2, which does not exist.")
                                 .arg(m_refs.at(i).toString(), term.ref.toString());
                *this = Recalculator();
                return;
            }
            m_termCells.append(source);
            m_termSigns.append(term.sign);
            ++dependentCount[source];
        }
    }
    m_termStart.append(int(m_termCells.size()));

    m_dependentStart.fill(0, count + 1);
    for (int i = 0; i < count; ++i)
        m_dependentStart[i + 1] = m_dependentStart[i] + dependentCount[i];
    m_dependents.fill(0, m_dependentStart[count]);
    QVector<int> fill = m_dependentStart;
    for (int i = 0; i < count; ++i) {
        for (int t = m_termStart[i]; t < m_termStart[i + 1]; ++t)
            m_dependents[fill[m_termCells[t]]++] = i;
    }

    // Kahn's algorithm over the derived cells; inputs have no terms and go first.
    QVector<int> pending(count, 0);
    QVector<int> ready;
    for (int i = 0; i < count; ++i) {
        pending[i] = m_termStart[i + 1] - m_termStart[i];
        if (pending[i] == 0)
            ready.append(i);
    }
    int position = 0;
    while (!ready.isEmpty()) {
        const int cell = ready.takeLast();
        m_rank[cell] = position++;
        if (!m_isInput[cell])
            m_order.append(cell);
        for (int d = m_dependentStart[cell]; d < m_dependentStart[cell + 1]; ++d) {
            if (--pending[m_dependents[d]] == 0)
                ready.append(m_dependents[d]);
        }
    }
    if (position != count) {
        for (int i = 0; i < count; ++i) {
            if (pending[i] > 0) {
                *error = QCoreApplication::translate("Recalculator", "The formulas form a cycle through %1.")
                                 .arg(m_refs.at(i).toString());
                break;
            }
        }
        *this = Recalculator();
        return;
    }
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return m_rank[a] < m_rank[b]; });
}

qint64 Recalculator::value(const CellRef &ref) const
{
    const int index = indexOf(ref);
    return index < 0 ? 0 : m_values.at(index);
}

bool Recalculator::isKnown(const CellRef &ref) const
{
    const int index = indexOf(ref);
    return index < 0 || m_known.at(index);
}

QList<int> Recalculator::dependentsOf(int index) const
{
    return QList<int>(m_dependents.cbegin() + m_dependentStart[index],
                      m_dependents.cbegin() + m_dependentStart[index + 1]);
}

bool Recalculator::isOutOfRange(const CellRef &ref) const
{
    const int index = indexOf(ref);
    return index >= 0 && m_outOfRange.at(index);
}

QList<int> Recalculator::outOfRangeCells() const
{
    QList<int> cells;
    for (const int cell : m_order) {
        if (m_outOfRange.at(cell))
            cells.append(cell);
    }
    return cells;
}

bool Recalculator::compute(int index)
{
    FenSum sum;
    for (int t = m_termStart[index]; t < m_termStart[index + 1]; ++t) {
        const int term = m_termCells[t];
        if (m_outOfRange[term])
            sum.addOutOfRange();
        else
            sum.add(m_values[term], m_termSigns[t]);
    }
    if (sum.fen() == m_values[index] && sum.isOutOfRange() == m_outOfRange[index])
        return false;
    m_values[index] = sum.fen();
    m_outOfRange[index] = sum.isOutOfRange();
    return true;
}

bool Recalculator::computeKnown(int index) const
{
    for (int t = m_termStart[index]; t < m_termStart[index + 1]; ++t) {
        if (!m_known[m_termCells[t]])
            return false;
    }
    return true;
}

bool Recalculator::update(int index)
{
    const bool known = computeKnown(index);
    const bool valueChanged = compute(index);
    if (!valueChanged && known == m_known[index])
        return false;
    m_known[index] = known;
    return true;
}

void Recalculator::loadInputs(const QHash<CellRef, qint64> &inputs)
{
    for (int i = 0; i < cellCount(); ++i) {
        if (!m_isInput[i])
            continue;
        const auto it = inputs.constFind(m_refs.at(i));
        m_values[i] = it == inputs.constEnd() ? 0 : *it;
        m_known[i] = it != inputs.constEnd() || !m_blankIsUnknown[i];
    }
    recalculateAll();
}

QList<int> Recalculator::recalculateAll()
{
    QList<int> changed;
    for (const int cell : std::as_const(m_order)) {
        if (update(cell))
            changed.append(cell);
    }
    return changed;
}

QList<int> Recalculator::applyInputs(const QList<std::pair<int, std::optional<qint64>>> &changes)
{
    QList<int> changed;
    QVector<int> stack;
    QVector<int> affected;
    if (++m_visitStamp == 0) {
        m_visited.fill(0);
        m_visitStamp = 1;
    }
    for (const auto &[cell, input] : changes) {
        const qint64 value = input.value_or(0);
        const bool known = input.has_value() || !m_blankIsUnknown[cell];
        if (m_values[cell] == value && m_known[cell] == known)
            continue;
        m_values[cell] = value;
        m_known[cell] = known;
        changed.append(cell);
        stack.append(cell);
    }
    while (!stack.isEmpty()) {
        const int cell = stack.takeLast();
        for (int d = m_dependentStart[cell]; d < m_dependentStart[cell + 1]; ++d) {
            const int dependent = m_dependents[d];
            if (m_visited[dependent] != m_visitStamp) {
                m_visited[dependent] = m_visitStamp;
                affected.append(dependent);
                stack.append(dependent);
            }
        }
    }
    std::sort(affected.begin(), affected.end(), [this](int a, int b) { return m_rank[a] < m_rank[b]; });
    for (const int cell : std::as_const(affected)) {
        if (update(cell))
            changed.append(cell);
    }
    return changed;
}
