#pragma once

#include <QString>

struct DocumentData;

// A content hash of a unit document's inputs (SHA-256, hex): equal for equal inputs whatever
// the file's bytes, so that opening a unit file without changing it does not mark the
// department that was rolled up from it as stale.
namespace RollupHash {

QString of(const DocumentData &data);

} // namespace RollupHash
