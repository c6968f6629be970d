#include "editor/appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString RecentKey = QStringLiteral("recentFiles");
const QString LanguageKey = QStringLiteral("language");
const QString UnitKey = QStringLiteral("view/unit");
const QString ZoomKey = QStringLiteral("view/zoom");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString UserNameKey = QStringLiteral("user/name");

} // namespace

AppSettings::AppSettings(QSettings &settings) : m_settings(settings) { }

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(RecentKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    // Absolute, so that the list means the same whatever folder the editor was started from.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(RecentKey, files.mid(0, MaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(RecentKey, files);
}

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(LanguageKey, code);
}

MoneyUnit AppSettings::unit() const
{
    return m_settings.value(UnitKey).toString() == QLatin1String("yuan") ? MoneyUnit::Yuan : MoneyUnit::Wanyuan;
}

void AppSettings::setUnit(MoneyUnit unit)
{
    m_settings.setValue(UnitKey, unit == MoneyUnit::Yuan ? QStringLiteral("yuan") : QStringLiteral("wanyuan"));
}

int AppSettings::zoom() const
{
    return qBound(50, m_settings.value(ZoomKey, 100).toInt(), 300);
}

void AppSettings::setZoom(int percent)
{
    m_settings.setValue(ZoomKey, percent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(GeometryKey, geometry);
    m_settings.setValue(StateKey, state);
}

QString AppSettings::userName() const
{
    return m_sessionUser.isEmpty() ? m_settings.value(UserNameKey).toString() : m_sessionUser;
}

void AppSettings::setUserName(const QString &name)
{
    m_sessionUser.clear();
    m_settings.setValue(UserNameKey, name.trimmed());
}
