#pragma once

#include "audit/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Findings written out: a plain listing for people, JSON with every field for programs.
namespace AuditReport {

QString toText(const QList<Finding> &findings);
QByteArray toJson(const QList<Finding> &findings);

} // namespace AuditReport
