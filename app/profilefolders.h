#pragma once

#include <QStringList>

// The global option --profiles DIR (also --profiles=DIR, repeatable), which every command and
// the editor take wherever it stands among the arguments.
namespace ProfileFolders {

// Removes the option from `arguments` (the program name first) and returns its folders.
QStringList take(QStringList *arguments);

} // namespace ProfileFolders
