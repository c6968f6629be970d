#include "document/documentdata.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
const char16_t *const kindNames[] = { u"行政", u"参公", u"事业" };
const char16_t mergedWords[] = u"并入本级";
}

QString BudgetUnit::toLine() const
{
    QString line = name + QStringLiteral("，") + DepartmentInfo::kindName(kind);
    if (merged)
        line += QStringLiteral("，") + QString::fromUtf16(mergedWords);
    return line;
}

std::optional<BudgetUnit> BudgetUnit::fromLine(const QString &line, QString *error)
{
    QString normalized = line;
    normalized.replace(QLatin1Char(','), QStringLiteral("，"));
    QStringList parts = normalized.split(QStringLiteral("，"));
    for (QString &part : parts)
        part = part.trimmed();
    BudgetUnit unit;
    unit.name = parts.takeFirst();
    if (unit.name.isEmpty()) {
        *error = QCoreApplication::translate("BudgetUnit", "A unit needs a name.");
        return std::nullopt;
    }
    for (const QString &part : std::as_const(parts)) {
        if (part.isEmpty())
            continue; // "名称，" while the kind is still being typed
        if (part == QString::fromUtf16(mergedWords)) {
            unit.merged = true;
        } else if (const auto kind = DepartmentInfo::kindFromName(part)) {
            unit.kind = *kind;
        } else {
            *error = QCoreApplication::translate("BudgetUnit",
                                                 "\"%1\": the kind of unit must be 行政, 参公 or 事业, optionally "
                                                 "followed by 并入本级.")
                             .arg(part);
            return std::nullopt;
        }
    }
    return unit;
}

void DepartmentInfo::setKind(Kind kind)
{
    if (units.isEmpty())
        units.append({ name + QStringLiteral("（本级）"), kind, false });
    else
        units.first().kind = kind;
}

bool DepartmentInfo::hasOperationsUnits() const
{
    return units.isEmpty() || std::any_of(units.cbegin(), units.cend(), [](const BudgetUnit &unit) { return unit.countsForOperations(); });
}

QString DepartmentInfo::kindName(Kind kind)
{
    return QString::fromUtf16(kindNames[int(kind)]);
}

std::optional<DepartmentInfo::Kind> DepartmentInfo::kindFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QString::fromUtf16(kindNames[i]))
            return Kind(i);
    }
    return std::nullopt;
}

qint64 DocumentData::nextProjectId() const
{
    qint64 next = 1;
    for (const Project &p : projects)
        next = qMax(next, p.id + 1);
    return next;
}
