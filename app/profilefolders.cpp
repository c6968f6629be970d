#include "profilefolders.h"

namespace ProfileFolders {

QStringList take(QStringList *arguments)
{
    static const QString option = QStringLiteral("--profiles");
    QStringList folders;
    for (qsizetype i = 1; i < arguments->size();) {
        const QString &word = arguments->at(i);
        if (word == option && i + 1 < arguments->size()) {
            folders.append(arguments->at(i + 1));
            arguments->remove(i, 2);
        } else if (word.startsWith(option + QLatin1Char('='))) {
            folders.append(word.mid(option.size() + 1));
            arguments->remove(i);
        } else {
            ++i;
        }
    }
    return folders;
}

} // namespace ProfileFolders
