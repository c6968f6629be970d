#include "store/platformfile.h"

#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifndef Q_OS_WIN
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PlatformFile {

namespace {

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

std::optional<QString> identity(const QString &path)
{
#ifndef Q_OS_WIN
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return QStringLiteral("%1:%2").arg(quint64(status.st_dev)).arg(quint64(status.st_ino));
#else
    // Hard links are rare on Windows desktops; the canonical path still unifies symlinks.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    return canonical.toCaseFolded();
#endif
}

bool syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(folder);
    return true;
#endif
}

bool renameOver(const QString &source, const QString &target, QString *error)
{
    std::error_code code;
    std::filesystem::rename(nativePath(source), nativePath(target), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    return true;
}

} // namespace PlatformFile
