#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The lists of a profile's small part files (glossary.json "entries", vehicles.json
// "categories", procurement.json "fields", budgets.json "kinds", grades.json "bands",
// assets.json "items"), and the table rows taken from them, so that a province changes one
// item in one place.
namespace ProfileLists {

// The list of the part file `part` (its merged object `file`); empty when the profile has none.
QJsonArray items(const QJsonObject &file, const QString &part);

// `rows` of a table block with two forms resolved: {"from": "vehicles", …} stands for the
// part's items as rows (each item's "id" is the row key, the other keys of the placeholder are
// defaults of every row), and "sumOf": "vehicles" makes a row the sum of those items.
std::optional<QJsonArray> expandRows(const QJsonArray &rows, const QHash<QString, QJsonObject> &parts,
                                     QString *error);

} // namespace ProfileLists
