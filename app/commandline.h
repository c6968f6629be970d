#pragma once

#include <QStringList>

class QTextStream;
class TemplateLibrary;

// The command line of the same executable (final-accounts sample|new|import|export|tables …),
// for batch work and automation. Needs no display.
class CommandLine
{
public:
    CommandLine(const TemplateLibrary &library, QTextStream &out, QTextStream &err);

    static bool isCommand(const QString &word);
    // Runs `arguments` (without the program name); returns the process exit status.
    int run(const QStringList &arguments);
    QString usage() const;

private:
    int sample(const QStringList &arguments);
    int createNew(const QStringList &arguments);
    int importJson(const QStringList &arguments);
    int exportJson(const QStringList &arguments);
    int tables(const QStringList &arguments);
    int fail(const QString &message);

    const TemplateLibrary &m_library;
    QTextStream &m_out;
    QTextStream &m_err;
};
