#pragma once

#include <QList>
#include <QString>

struct NarrativeText;

// The narrative as rich text for a QTextBrowser: computed figures and typed texts are links
// ("figure:<index>", "text:<key>") with their explanation as the tooltip, missing ones marked.
namespace NarrativeHtml {

QString render(const NarrativeText &text, const QList<int> &parts);

} // namespace NarrativeHtml
