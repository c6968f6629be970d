#pragma once

#include <QStringList>

class QTextStream;
class TemplateLibrary;

// The command line's PDF commands: `import FILE.pdf` (a document from a published disclosure,
// or with --prior only next year's prior-year figures) and `audit FILE.pdf`.
class PdfCommands {
public:
    PdfCommands(const TemplateLibrary &library, QTextStream &out, QTextStream &err);

    // Whether the command's input file is a PDF (by its name or its first bytes).
    static bool isPdfInput(const QStringList &arguments);
    int importPdf(const QStringList &arguments);
    int auditPdf(const QStringList &arguments);

private:
    int fail(const QString &message);
    // The audit's own status when it cannot run (3), after the message.
    int cannotRun(const QString &message);

    const TemplateLibrary &m_library;
    QTextStream &m_out;
    QTextStream &m_err;
};
