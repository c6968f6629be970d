#include "store/documentpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace DocumentPath {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentPath", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// True when following the links from `path` comes back to a link already passed.
bool isLinkLoop(const QString &path)
{
    QSet<QString> seen;
    QFileInfo info(path);
    while (info.isSymLink()) {
        const QString absolute = info.absoluteFilePath();
        if (seen.contains(absolute))
            return true;
        seen.insert(absolute);
        info = QFileInfo(info.symLinkTarget());
    }
    return false;
}

bool nonEmpty(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}

// Root (and an administrator) may write anything, so the owner's write bits, which the
// read-only attribute clears on Windows, decide what the user meant.
bool isWritable(const QFileInfo &info)
{
    const QFileInfo folder(info.absolutePath());
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner) && folder.isWritable()
            && (folder.permissions() & QFileDevice::WriteOwner);
}

} // namespace

Inspection inspect(const QString &path)
{
    Inspection result;
    const auto fail = [&](DocumentStore::Failure failure, const QString &message) {
        result.failure = failure;
        result.message = message;
        return result;
    };
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        return fail(DocumentStore::Failure::NotAFile,
                    isLinkLoop(path) ? tr("%1 is a link that leads back to itself, not a document file.").arg(shown(path))
                                     : tr("%1 is a link to %2, which does not exist.")
                                               .arg(shown(path), shown(info.symLinkTarget())));
    }
    if (!info.exists())
        return fail(DocumentStore::Failure::NotFound, tr("The file %1 does not exist.").arg(shown(path)));
    if (info.isDir())
        return fail(DocumentStore::Failure::NotAFile, tr("%1 is a folder, not a document file.").arg(shown(path)));
    if (!info.isFile())
        return fail(DocumentStore::Failure::NotAFile,
                    tr("%1 is not a document file (it is a pipe, a socket or a device).").arg(shown(path)));
    if (info.size() == 0)
        return fail(DocumentStore::Failure::NotSqlite, tr("%1 is empty (0 bytes); it holds no document.").arg(info.fileName()));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(DocumentStore::Failure::Io, tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)) || header.size() < 100)
        return fail(DocumentStore::Failure::NotSqlite,
                    tr("%1 is not a Final Accounts document (it is not an SQLite database at all).")
                            .arg(info.fileName()));
    // Bytes 18 and 19 are the read and write format versions: 2 means WAL.
    result.walMode = header.at(18) == 2 || header.at(19) == 2;
    result.journal = nonEmpty(path + QLatin1String("-journal"));
    result.wal = nonEmpty(path + QLatin1String("-wal"));
    result.writable = isWritable(info);
    // SQLite would replay a log it finds beside any database. The store leaves a file in
    // rollback mode only after its log is checkpointed and deleted, so a log beside such a file
    // belongs to another file that was at this path before.
    if (result.wal && !result.walMode)
        return fail(DocumentStore::Failure::Damaged,
                    tr("%1-wal beside %1 belongs to another file that was at this path before. Move it away and "
                       "open the document again.")
                            .arg(info.fileName()));
    return result;
}

QStringList sideFiles(const QString &path)
{
    return { path + QLatin1String("-journal"), path + QLatin1String("-wal"), path + QLatin1String("-shm") };
}

bool removeSideFiles(const QString &path)
{
    bool ok = true;
    for (const QString &side : sideFiles(path)) {
        if (QFileInfo::exists(side) && !QFile::remove(side))
            ok = false;
    }
    return ok;
}

} // namespace DocumentPath
