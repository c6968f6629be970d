#include "document/tablestsv.h"

#include "document/document.h"

#include <QStringList>

namespace TablesTsv {

namespace {

QString clean(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString columnTitle(const BlockDef &block, const ColumnDef &column, bool prefixBlock)
{
    QString title = column.title.join(QLatin1Char('/'));
    if (prefixBlock && !block.heading.isEmpty())
        title = block.heading + QLatin1Char(':') + title;
    return clean(title);
}

} // namespace

QString table(const Document &document, const QString &tableId)
{
    const LayoutTable *table = document.layout().table(tableId);
    if (!table)
        return QString();
    const DisplaySettings &display = document.reportTemplate().display();
    const bool severalBlocks = table->blocks.size() > 1;

    QStringList header { QStringLiteral("key"), QStringLiteral("name") };
    for (const LayoutBlock &block : table->blocks) {
        for (const ColumnDef &column : block.def->columns)
            header.append(columnTitle(*block.def, column, severalBlocks));
    }
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');

    qsizetype offset = 0;
    for (const LayoutBlock &block : table->blocks) {
        for (const LayoutRow &row : block.rows) {
            QStringList fields { row.key, clean(row.label) };
            for (qsizetype i = 0; i < offset; ++i)
                fields.append(QString());
            for (const ColumnDef &column : block.def->columns) {
                const qint64 v = document.value({ table->def->id, row.key, column.key });
                fields.append(row.type == ValueType::Count
                                      ? QString::number(v)
                                      : Money::fromFen(v).format(display.unit, display.decimals, false));
            }
            while (fields.size() < header.size())
                fields.append(QString());
            text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        offset += block.def->columns.size();
    }
    return text;
}

QString allTables(const Document &document)
{
    QStringList parts;
    for (const LayoutTable &t : document.layout().tables()) {
        if (!t.def->statutory)
            continue;
        parts.append(QStringLiteral("# %1\t%2\t%3\n").arg(t.def->id, t.def->number, t.def->title)
                     + table(document, t.def->id));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace TablesTsv
