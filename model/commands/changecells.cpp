#include "commands/changecells.h"

#include "document/document.h"

ChangeCells::ChangeCells(Document *document, const QList<CellInput> &inputs, const QString &text)
    : QUndoCommand(text), m_document(document), m_after(inputs)
{
    const QHash<CellRef, qint64> &cells = document->data().cells;
    for (const CellInput &input : inputs) {
        const auto it = cells.constFind(input.ref);
        m_before.append({ input.ref, it == cells.constEnd() ? std::nullopt : std::optional<qint64>(*it) });
    }
}

void ChangeCells::undo()
{
    m_document->setCellInputs(m_before);
}

void ChangeCells::redo()
{
    m_document->setCellInputs(m_after);
}
