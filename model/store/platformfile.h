#pragma once

#include <QString>

#include <optional>

// The few file-system facts and operations the store needs that Qt does not offer: which file a
// path names (its identity, shared by every hard link and symlink to it) and syncing a folder.
namespace PlatformFile {

// "device:inode" where the platform has them, otherwise the canonical path; nothing for a
// path that names no existing file.
std::optional<QString> identity(const QString &path);

// Makes a rename inside `folder` durable. POSIX needs the folder itself synced; Windows has no
// such call (NTFS journals the rename), so there it does nothing and succeeds.
bool syncFolder(const QString &folder);

// Replaces `target` by `source` in one step (both in the same folder): a reader sees the old
// file or the new one, never neither.
bool renameOver(const QString &source, const QString &target, QString *error);

} // namespace PlatformFile
