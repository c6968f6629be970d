#include "print/pagesetupstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <optional>

namespace {

// "A4;portrait;20,22,20,12": page size id, orientation and margins in millimetres.
QString toText(const QPageLayout &layout)
{
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    return QStringLiteral("%1;%2;%3,%4,%5,%6")
        .arg(layout.pageSize().key(),
            layout.orientation() == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                           : QStringLiteral("portrait"))
        .arg(m.left())
        .arg(m.top())
        .arg(m.right())
        .arg(m.bottom());
}

std::optional<QPageLayout> fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    const QStringList margins = parts.value(2).split(QLatin1Char(','));
    if (parts.size() != 3 || margins.size() != 4)
        return std::nullopt;
    QPageSize size;
    for (int id = 0; id <= int(QPageSize::LastPageSize); ++id) {
        if (QPageSize::key(QPageSize::PageSizeId(id)) == parts.at(0)) {
            size = QPageSize(QPageSize::PageSizeId(id));
            break;
        }
    }
    if (!size.isValid())
        return std::nullopt;
    const auto orientation
        = parts.at(1) == QLatin1String("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(size, orientation,
        QMarginsF(margins.at(0).toDouble(), margins.at(1).toDouble(), margins.at(2).toDouble(),
            margins.at(3).toDouble()),
        QPageLayout::Millimeter);
}

} // namespace

PageSetupStore::PageSetupStore(QSettings &settings)
    : m_settings(settings)
{
}

QPageLayout PageSetupStore::defaultLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 22, 20, 12), QPageLayout::Millimeter);
}

QString PageSetupStore::key(const QString &documentPath)
{
    // A hash keeps slashes and drive letters out of the settings' key syntax.
    const QByteArray path = QFileInfo(documentPath).absoluteFilePath().toUtf8();
    return QStringLiteral("pageSetup/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

QPageLayout PageSetupStore::layout(const QString &documentPath) const
{
    if (documentPath.isEmpty())
        return defaultLayout();
    return fromText(m_settings.value(key(documentPath)).toString()).value_or(defaultLayout());
}

void PageSetupStore::setLayout(const QString &documentPath, const QPageLayout &layout)
{
    if (!documentPath.isEmpty())
        m_settings.setValue(key(documentPath), toText(layout));
}
