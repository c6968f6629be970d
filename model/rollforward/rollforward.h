#pragma once

#include "document/documentdata.h"

#include <QStringList>

class Document;
class ReportTemplate;
struct RollForwardRules;

// Next year's document from this year's: the department and its units, the texts that usually
// stay, the projects (their figures cleared) and the 科目 rows carried, mapped to next year's
// codes where the code map says so; this year's 决算 figures become the prior-year figures.
// Everything that could not be carried is reported, never dropped silently.
namespace RollForward {

struct Result
{
    DocumentData data;
    QStringList carried; // what came over as it was
    QStringList mapped;  // 科目 rows under a new code, each with the figure it had
    QStringList left;    // what the user has to do: retired or unknown codes, splits to divide
    QStringList review;  // carried texts that state figures

    // The four lists as text, for the command line and the dialog the new document opens with.
    QString summary() const;
};

Result run(const Document &source, const ReportTemplate &target, int year, const RollForwardRules &rules);

} // namespace RollForward
