#include "document/documentdata.h"

namespace {
const char16_t *const kindNames[] = { u"行政", u"参公", u"事业" };
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
