#pragma once

#include "document/cellref.h"
#include "document/documentdata.h"

#include <QList>
#include <QString>

// A figure as it was printed in the PDF, in fen (or a count), with the page it stands on.
struct PrintedCell {
    CellRef ref;
    qint64 value = 0;
    int page = 0;
};

// Something the PDF reader could not take over: a cell it could not read, a row it could not
// place, a table printed as an image or not printed at all.
struct PdfProblem {
    enum class Kind { UnreadableCell, UnmatchedRow, UnreadableTable, MissingTable };
    Kind kind = Kind::UnreadableCell;
    QString table; // table id
    int page = 0; // 0 when the table was not found at all
    QString row; // the printed row label or code
    QString column;
    QString text; // what was printed
};

// What was read from one statutory table.
struct PdfTableRead {
    QString table;
    QList<int> pages;
    QList<PrintedCell> cells;
    QStringList itemCodes; // the 项 codes of its functional rows
    int rows = 0;
};

// Everything read from a published PDF: the inputs of a document, the printed figures beside
// them (derived ones included, to compare with what the program computes), the problems, and
// the narrative text for the text audit.
struct PdfImport {
    DocumentData data;
    QList<PdfTableRead> tables;
    QList<PdfProblem> problems;
    QString narrative;
};
