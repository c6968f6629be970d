#pragma once

#include <QStringList>

class QTextStream;
class TemplateLibrary;

// The commands about profile packages: `profiles` lists what the library loaded and from
// where; `profile check DIR` validates one package and names every fault's file and JSON path;
// `profile schema DIR` writes the schemas out for an editor such as VS Code.
namespace ProfileCommands {

int list(const TemplateLibrary &library, QTextStream &out, QTextStream &err);
// `profile check DIR` or `profile schema DIR`.
int run(const TemplateLibrary &library, const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ProfileCommands
