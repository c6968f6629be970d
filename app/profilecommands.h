#pragma once

#include <QStringList>

class QTextStream;
class TemplateLibrary;

// The commands about profile packages: `profiles` lists what the library loaded and from
// where; `profile check DIR` validates one package and names every fault's file and JSON path.
namespace ProfileCommands {

int list(const TemplateLibrary &library, QTextStream &out, QTextStream &err);
int check(const TemplateLibrary &library, const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ProfileCommands
