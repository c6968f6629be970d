#pragma once

#include <QList>
#include <QRectF>
#include <QString>

// One word of a PDF page's text layer with its box, in points from the page's top left corner.
struct PdfWord {
    QString text;
    QRectF box;
};

// The positioned words of one page; `number` counts from 1.
struct PdfPage {
    int number = 0;
    QList<PdfWord> words;
};
