#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// The single-writer lock of one document file. It is keyed on the file, not on the path that
// names it: a lock beside the file's canonical path (seen by every computer that reaches it, and
// by every symlink to it) and, where files have an identity, one keyed on that identity in the
// temporary folder (seen through every hard link on this computer).
class DocumentLock
{
public:
    enum class Outcome { Acquired, HeldElsewhere, Unavailable };

    // Takes both locks or neither. `Unavailable` means the lock file cannot be written (a
    // read-only folder), which is not the same as someone else holding it.
    static std::unique_ptr<DocumentLock> acquire(const QString &path, Outcome *outcome);

    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

private:
    DocumentLock() = default;

    std::unique_ptr<QLockFile> m_besideFile;
    std::unique_ptr<QLockFile> m_byIdentity;
};
