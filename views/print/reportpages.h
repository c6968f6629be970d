#pragma once

#include "report/printtable.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <vector>

// Where one printed table's columns and rows go: its column groups (the whole table, or parts
// that each repeat the code and name columns), each column's width and each line's height.
struct TableGeometry {
    bool landscape = false;
    QList<PrintTable> groups;
    QList<QList<qreal>> columnWidths; // per group
    QList<QList<qreal>> headerHeights; // per group, per header line
    QList<QList<qreal>> rowHeights; // per group, per body line

    qreal headerHeight(int group) const;
    qreal width(int group) const;
};

// One thing placed on a page, in device pixels relative to the page's paint area.
struct PageItem {
    enum class Kind {
        PartTitle,
        Heading,
        Lines, // a paragraph, or the part of it that fits on this page
        TableHeading, // 公开0N表, the title, 编制单位 and 单位
        TableRows, // header lines, then body lines [firstRow, firstRow + rowCount)
        TableNote, // the 注：… under a table
        Chart
    };

    Kind kind = Kind::Lines;
    QRectF rect;
    QStringList lines; // text items: one entry per printed line
    qreal indent = 0; // of the first line: a paragraph's first line is indented two characters
    int table = -1;
    int group = 0;
    int firstRow = 0;
    int rowCount = 0;
    bool continued = false; // a table heading on a page after the first: （续表）
    int chart = -1;
};

struct ReportPage {
    enum class Kind { Cover, Contents, Body };

    Kind kind = Kind::Body;
    bool landscape = false;
    QList<PageItem> items;
    int firstEntry = 0; // contents pages: the entries they list
    int entryCount = 0;
};

// A line of the table of contents and the page it points to.
struct ContentsEntry {
    QString text;
    int level = 0;
    int page = 0;
};

// The size of the paint area of a page in each orientation, in device pixels.
struct PageGeometry {
    QSizeF portrait;
    QSizeF landscape;
};

// The disclosure cut into pages. Page numbers count from the first page after the cover, so
// the cover has none and the contents page is 第 1 页.
struct ReportPages {
    PageGeometry geometry;
    QList<ReportPage> pages;
    QList<ContentsEntry> contents;
    std::vector<TableGeometry> tables;

    int numberedPageCount() const { return int(pages.size()) - 1; }
};
