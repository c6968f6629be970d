#pragma once

#include "money/money.h"

#include <QByteArray>
#include <QStringList>

class QSettings;

// The user's settings in one place, over a QSettings the application passes in: recent
// files, language, display unit, zoom, the user's name and the window's geometry and layout.
class AppSettings
{
public:
    explicit AppSettings(QSettings &settings);

    static constexpr int MaxRecentFiles = 8;

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    // Empty for the system language.
    QString language() const;
    void setLanguage(const QString &code);

    MoneyUnit unit() const;
    void setUnit(MoneyUnit unit);
    int zoom() const;
    void setZoom(int percent);

    // The name review and sign-off record (setting 姓名); `--user NAME` overrides it for the session.
    QString userName() const;
    void setUserName(const QString &name);
    void setSessionUserName(const QString &name) { m_sessionUser = name; }

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // For the parts that keep settings of their own (the printer's page setup per document).
    QSettings &store() const { return m_settings; }

private:
    QSettings &m_settings;
    QString m_sessionUser;
};
