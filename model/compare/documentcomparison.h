#pragma once

#include "compare/textdiff.h"
#include "document/cellref.h"

#include <QList>
#include <QString>

#include <optional>

class Document;

// What differs between two documents (two years, or two versions of one): per table the input
// cells that changed, every derived figure that changed with them, and the narrative as a
// blackline. Cells are paired by table, row key (or code) and column.
struct DocumentComparison
{
    struct CellChange
    {
        CellRef ref;
        QString row;    // "2010301 行政运行"
        QString column; // "本年支出/基本支出"
        std::optional<qint64> before; // none: empty, or no such row in that document
        std::optional<qint64> after;
        bool count = false;
    };

    struct TableChanges
    {
        QString tableId;
        QString title;
        QList<CellChange> inputs;
        QList<CellChange> derived;
    };

    QString before; // the documents' names, for headings ("咸宁市政务服务和大数据管理局 2024")
    QString after;
    QList<TableChanges> tables; // only tables with changes
    QList<DiffSegment> narrative;

    bool narrativeChanged() const;
    bool isEmpty() const { return tables.isEmpty() && !narrativeChanged(); }

    static DocumentComparison compare(const Document &before, const Document &after);
};
