#pragma once

#include <QJsonObject>

// How a profile states only its differences from the package it extends: objects merge key by
// key, lists of objects that carry an "id" merge item by item (a new id is appended), a null
// removes what the base had ({"id": …, "delete": true} removes a list item), and anything else
// replaces the base's value.
namespace JsonMerge {

QJsonObject merge(const QJsonObject &base, const QJsonObject &overlay);

} // namespace JsonMerge
