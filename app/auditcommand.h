#pragma once

#include <QString>

#include <memory>

class AuditEngine;
class ReportTemplate;

// What the command line's two audits (`audit FILE.fadb`, `audit FILE.pdf`) share: an audit that
// cannot run says why and exits 3, so that it never looks like a clean or a failed audit.
namespace AuditCommand {

inline constexpr int CannotRun = 3;

// The audit of a profile; nullptr with `error` when the profile has no rule at all (an audit
// would find nothing and so report a document as sound) or its rules cannot be built.
std::unique_ptr<AuditEngine> engine(const ReportTemplate &reportTemplate, QString *error);

} // namespace AuditCommand
