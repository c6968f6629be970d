#include "history/historyentry.h"

#include "document/cellref.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {

const std::array<std::pair<HistoryEntry::Kind, const char *>, 5> kindKeys { {
    { HistoryEntry::Kind::Edit, "edit" },
    { HistoryEntry::Kind::Undo, "undo" },
    { HistoryEntry::Kind::Redo, "redo" },
    { HistoryEntry::Kind::Summary, "summary" },
    { HistoryEntry::Kind::Approval, "approval" },
} };

const std::array<std::pair<HistoryEntry::Scope, const char *>, 8> scopeKeys { {
    { HistoryEntry::Scope::Cell, "cell" },
    { HistoryEntry::Scope::Row, "row" },
    { HistoryEntry::Scope::Text, "text" },
    { HistoryEntry::Scope::Department, "department" },
    { HistoryEntry::Scope::Project, "project" },
    { HistoryEntry::Scope::Review, "review" },
    { HistoryEntry::Scope::Signature, "signature" },
    { HistoryEntry::Scope::Comment, "comment" },
} };

// The history section of a review section or a comment's target: a table's or sheet's id, a
// project, a cell's table or sheet; parts, the reasons and findings keep their own id.
QString reviewSection(const QString &target)
{
    if (target.startsWith(QLatin1String("table:")) || target.startsWith(QLatin1String("sheet:")))
        return target.section(QLatin1Char(':'), 1);
    if (target.startsWith(QLatin1String("project:")))
        return QStringLiteral("project.") + target.section(QLatin1Char(':'), 1);
    if (target.startsWith(QLatin1String("cell:")))
        return CellRef::fromString(target.mid(5)).sheet;
    return target;
}

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &keys, Enum value)
{
    for (const auto &[v, key] : keys) {
        if (v == value)
            return QLatin1String(key);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &keys, const QString &key)
{
    for (const auto &[v, k] : keys) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString HistoryEntry::section() const
{
    switch (scope) {
    case Scope::Cell:
        return CellRef::fromString(target).sheet;
    case Scope::Row:
        return target.section(QLatin1Char('.'), 0, 0);
    case Scope::Text:
        return target;
    case Scope::Department:
        return QStringLiteral("department");
    case Scope::Project:
        return QStringLiteral("project.") + target.section(QLatin1Char('.'), 0, 0);
    case Scope::Review:
    case Scope::Comment:
        return reviewSection(target);
    case Scope::Signature:
        return QStringLiteral("signature");
    }
    return target;
}

QString HistoryEntry::kindKey(Kind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<HistoryEntry::Kind> HistoryEntry::kindFromKey(const QString &key)
{
    return valueOf(kindKeys, key);
}

QString HistoryEntry::scopeKey(Scope scope)
{
    return keyOf(scopeKeys, scope);
}

std::optional<HistoryEntry::Scope> HistoryEntry::scopeFromKey(const QString &key)
{
    return valueOf(scopeKeys, key);
}

QString HistoryEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Edit:
        return QCoreApplication::translate("History", "Edit");
    case Kind::Undo:
        return QCoreApplication::translate("History", "Undo");
    case Kind::Redo:
        return QCoreApplication::translate("History", "Redo");
    case Kind::Summary:
        return QCoreApplication::translate("History", "Summary");
    case Kind::Approval:
        return QCoreApplication::translate("History", "Approval");
    }
    return QString();
}

QString HistoryEntry::timeKey(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime HistoryEntry::timeFromKey(const QString &key)
{
    QDateTime at = QDateTime::fromString(key, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() != Qt::UTC)
        return QDateTime();
    return at;
}
