#pragma once

#include "audit/finding.h"

#include <QList>

class Document;
class Rulebook;

// The rules between figures: the template's checks (run by CheckRunner) and the rules data's
// cross-links, plausibility rules and required reasons, turned into findings with locations.
namespace TableAudit {

QList<Finding> run(const Document &document, const Rulebook &rules);

} // namespace TableAudit
