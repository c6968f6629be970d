#include "store/documentlock.h"

#include "store/platformfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace {

// The path a lock beside the file is named after: symlinks resolved, so that every link to the
// file agrees on it. A file that does not exist yet is named by its canonical folder.
QString canonicalTarget(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

DocumentLock::Outcome tryLock(QLockFile &lock)
{
    // Never stale by age: an editor may sit open for days. A lock whose process is gone is
    // still taken over, because QLockFile checks the process.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return DocumentLock::Outcome::Acquired;
    return lock.error() == QLockFile::LockFailedError ? DocumentLock::Outcome::HeldElsewhere
                                                       : DocumentLock::Outcome::Unavailable;
}

} // namespace

std::unique_ptr<DocumentLock> DocumentLock::acquire(const QString &path, Outcome *outcome)
{
    std::unique_ptr<DocumentLock> lock(new DocumentLock);
    lock->m_besideFile = std::make_unique<QLockFile>(canonicalTarget(path) + QLatin1String(".lock"));
    *outcome = tryLock(*lock->m_besideFile);
    if (*outcome != Outcome::Acquired)
        return nullptr;
    if (const std::optional<QString> identity = PlatformFile::identity(path)) {
        const QByteArray key = QCryptographicHash::hash(identity->toUtf8(), QCryptographicHash::Sha1).toHex();
        lock->m_byIdentity = std::make_unique<QLockFile>(
                QDir(QDir::tempPath()).filePath(QLatin1String("final-accounts-") + QLatin1String(key) + QLatin1String(".lock")));
        // Without a writable temporary folder only hard links go unguarded; the lock beside the
        // file still holds.
        const Outcome byIdentity = tryLock(*lock->m_byIdentity);
        if (byIdentity == Outcome::HeldElsewhere) {
            *outcome = byIdentity;
            return nullptr;
        }
        if (byIdentity == Outcome::Unavailable)
            lock->m_byIdentity.reset();
    }
    return lock;
}
