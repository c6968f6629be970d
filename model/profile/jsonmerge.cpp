#include "profile/jsonmerge.h"

#include <QJsonArray>

namespace JsonMerge {

namespace {

QJsonValue mergeValue(const QJsonValue &base, const QJsonValue &overlay);

QString idOf(const QJsonValue &item)
{
    return item.isObject() ? item.toObject().value(QLatin1String("id")).toString() : QString();
}

bool isKeyedList(const QJsonArray &array)
{
    for (const QJsonValue &item : array) {
        if (idOf(item).isEmpty())
            return false;
    }
    return !array.isEmpty();
}

// Items keep the base's order; an overlay item merges into the base item of the same id, a new
// id is appended, and {"id": …, "delete": true} removes the base's item (a null cannot name
// which item of a list it removes).
QJsonArray mergeList(const QJsonArray &base, const QJsonArray &overlay)
{
    QJsonArray result = base;
    for (const QJsonValue &item : overlay) {
        const QString id = idOf(item);
        const bool remove = item.toObject().value(QLatin1String("delete")).toBool(false);
        qsizetype at = -1;
        for (qsizetype i = 0; i < result.size() && at < 0; ++i) {
            if (idOf(result.at(i)) == id)
                at = i;
        }
        if (remove) {
            if (at >= 0)
                result.removeAt(at);
        } else if (at >= 0) {
            result.replace(at, mergeValue(result.at(at), item));
        } else {
            result.append(item);
        }
    }
    return result;
}

QJsonValue mergeValue(const QJsonValue &base, const QJsonValue &overlay)
{
    if (base.isObject() && overlay.isObject())
        return merge(base.toObject(), overlay.toObject());
    if (base.isArray() && overlay.isArray() && isKeyedList(base.toArray()) && isKeyedList(overlay.toArray()))
        return mergeList(base.toArray(), overlay.toArray());
    return overlay;
}

} // namespace

QJsonObject merge(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject result = base;
    for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergeValue(base.value(it.key()), it.value()));
    }
    return result;
}

} // namespace JsonMerge
