#pragma once

#include <QPageLayout>
#include <QString>

class QSettings;

// Remembers the page setup chosen for each document file (paper, orientation, margins), so
// that a document prints the same way every time it is opened on this computer.
class PageSetupStore {
public:
    explicit PageSetupStore(QSettings &settings);

    // The layout last used for `documentPath`, or A4 portrait with the disclosure's margins.
    QPageLayout layout(const QString &documentPath) const;
    void setLayout(const QString &documentPath, const QPageLayout &layout);

    static QPageLayout defaultLayout();

private:
    static QString key(const QString &documentPath);

    QSettings &m_settings;
};
