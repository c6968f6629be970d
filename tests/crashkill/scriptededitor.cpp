#include "scriptededitor.h"

#include "commands/clearcells.h"
#include "commands/pastecells.h"
#include "commands/setcellvalue.h"
#include "commands/settext.h"
#include "document/document.h"

#include <QUndoStack>

#include <algorithm>

ScriptedEditor::ScriptedEditor(Document *document, quint32 seed) : m_document(document), m_random(seed)
{
    m_cells = document->data().cells.keys();
    // The hash's order differs between processes; the script must not.
    std::sort(m_cells.begin(), m_cells.end(), [](const CellRef &a, const CellRef &b) {
        return a.toString() < b.toString();
    });
}

CellRef ScriptedEditor::anyCell()
{
    return m_cells.at(m_random.bounded(int(m_cells.size())));
}

qint64 ScriptedEditor::anyValue(const CellRef &ref)
{
    if (m_document->layout().valueType(ref) == ValueType::Count)
        return m_random.bounded(100);
    return qint64(m_random.bounded(1'000'000'000)) * 10; // up to 10 million yuan, whole fen
}

QString ScriptedEditor::anyText()
{
    static const QString pieces[] = { QStringLiteral("本单位"), QStringLiteral("一般公共预算财政拨款"),
                                      QStringLiteral("增加"), QStringLiteral("万元，"), QStringLiteral("主要原因是"),
                                      QStringLiteral("4116.42"), QStringLiteral("。\n") };
    QString text;
    const int count = 1 + m_random.bounded(60);
    for (int i = 0; i < count; ++i)
        text += pieces[m_random.bounded(int(std::size(pieces)))];
    return text;
}

void ScriptedEditor::step()
{
    const int choice = m_random.bounded(100);
    if (choice < 45) {
        const CellRef ref = anyCell();
        m_document->push(new SetCellValue(m_document, { ref, anyValue(ref) }));
    } else if (choice < 60) {
        QList<CellInput> inputs;
        for (int i = 1 + m_random.bounded(6); i > 0; --i) {
            const CellRef ref = anyCell();
            inputs.append({ ref, anyValue(ref) });
        }
        m_document->push(new PasteCells(m_document, inputs));
    } else if (choice < 67) {
        m_document->push(new ClearCells(m_document, { anyCell(), anyCell() }));
    } else if (choice < 77) {
        static const QString keys[] = { QStringLiteral("part4"), QStringLiteral("glossary"), QStringLiteral("duties") };
        m_document->push(new SetText(m_document, keys[m_random.bounded(3)], anyText()));
    } else if (choice < 90) {
        m_document->undoStack()->undo();
    } else {
        m_document->undoStack()->redo();
    }
}
