#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Document;
struct LayoutTable;

// One statutory table as it is printed: the heading lines, the column headers with their
// spans (from the template's title paths), the 栏次 row, and every body line as display text in
// the document's unit. Blocks of two-sided and side-by-side tables stand next to each other
// with facing rows on one line (TableGrid); columns the template does not print are left out.
class PrintTable {
public:
    enum class ColumnKind { Code, Name, Value };

    struct Column {
        ColumnKind kind = ColumnKind::Value;
        QStringList path; // header titles, outermost first
        QString lanci;
    };

    struct HeaderCell {
        QString text;
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
    };

    struct Cell {
        QString text;
        int indent = 0; // name cells: levels of indentation
        bool emphasis = false; // totals
        // Columns this cell covers, itself included; 0 for a cell covered by one to its left.
        int span = 1;
        bool number = false; // right-aligned whatever its column holds
    };

    static PrintTable build(const Document &document, const LayoutTable &table);
    // 1 → 一, 12 → 十二, 26 → 二十六: how the disclosure numbers 类 rows and its tables.
    static QString chineseOrdinal(int n);

    QString number; // 公开01表, or empty where the template prints none
    QString title;
    QString department; // 编制单位
    QString unit; // 单位：万元
    QString note;
    // Set when the table has no figures: then the body is this note in place of rows.
    QString emptyNote;

    const QList<Column> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    // Header lines, the 栏次 line included.
    int headerRowCount() const { return m_headerRows; }
    const QList<HeaderCell> &header() const { return m_header; }
    const QList<QList<Cell>> &rows() const { return m_rows; }
    bool isEmpty() const { return !emptyNote.isEmpty(); }
    // The leading code and name columns, repeated when the table is split into column groups.
    int keyColumnCount() const { return m_keyColumns; }

    // The same table with only `columns` (indexes into columns(), in order): one column group.
    PrintTable withColumns(const QList<int> &columns) const;
    // A form rather than a list: no column header, body cells spanning columns, always one
    // portrait page wide (columns shrink and their text wraps instead of splitting the table).
    static PrintTable form(const QList<Column> &columns, const QList<QList<Cell>> &rows);
    bool fitsPageWidth() const { return m_fitPageWidth; }

private:
    void buildHeader();

    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
    QList<HeaderCell> m_header;
    int m_headerRows = 0;
    int m_keyColumns = 0;
    bool m_fitPageWidth = false;
};
