#pragma once

#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;
class TemplateLibrary;

// The command line of the same executable (final-accounts sample|new|import|export|tables …),
// for batch work and automation. Needs no display.
class CommandLine
{
public:
    CommandLine(const TemplateLibrary &library, QTextStream &out, QTextStream &err);

    static bool isCommand(const QString &word);
    // Commands that draw pages (pdf, odt) and so need a QApplication, offscreen if need be.
    static bool needsGui(const QString &word);
    // Runs `arguments` (without the program name); returns the process exit status.
    int run(const QStringList &arguments);
    QString usage() const;

private:
    int sample(const QStringList &arguments);
    int createNew(const QStringList &arguments);
    int importJson(const QStringList &arguments);
    int exportJson(const QStringList &arguments);
    int tables(const QStringList &arguments);
    int narrative(const QStringList &arguments);
    int audit(const QStringList &arguments);
    // pdf and odt: one document to one file, or every document of a folder into a folder.
    int publish(const QStringList &arguments, bool pdf);
    bool publishFile(const QString &input, const QString &output, bool pdf, bool final);
    // Excel (xlsxcommands.cpp).
    int exportXlsx(const QStringList &arguments);
    int importXlsx(const QStringList &arguments);
    // Two documents side by side (comparecommand.cpp).
    int compare(const QStringList &arguments);
    // Next year's document from this year's (rollforwardcommand.cpp).
    int rollForward(const QStringList &arguments);
    // A department's document from its units' documents (rollupcommand.cpp).
    int rollUp(const QStringList &arguments);
    // A document's change history, listed or compacted (historycommand.cpp).
    int history(const QStringList &arguments);
    int fail(const QString &message);
    // Parses a command's arguments; on a parse error, or when `complete` says something is
    // missing, prints the usage and returns false.
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                        const std::function<bool()> &complete = {});

    const TemplateLibrary &m_library;
    QTextStream &m_out;
    QTextStream &m_err;
};
