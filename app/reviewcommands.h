#pragma once

#include <QStringList>

class QTextStream;
class TemplateLibrary;

// The command line of the supervisor's desk: `review DIR` (one row per document and published
// PDF under a folder, as a table or JSON) and `pdf-batch DIR -o OUTDIR` (every document as PDF,
// in parallel).
class ReviewCommands
{
public:
    ReviewCommands(const TemplateLibrary &library, QTextStream &out, QTextStream &err);

    static bool isCommand(const QString &word);
    int run(const QString &command, const QStringList &arguments);

private:
    int review(const QStringList &arguments);
    int pdfBatch(const QStringList &arguments);
    int usageError(const QString &error);

    const TemplateLibrary &m_library;
    QTextStream &m_out;
    QTextStream &m_err;
};
