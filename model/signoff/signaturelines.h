#pragma once

#include <QStringList>

class Document;
struct SignoffRules;

// The printed sign-off block: one line per role of the profile, in its order, with the name
// and the date of the latest signature in that role that still covers the content it signed
// ("审核人：李四　2026年12月1日"), or blank after the colon. Printed in Chinese, like the rest of
// the published document.
namespace SignatureLines {

// Empty while the document has no signature at all.
QStringList build(const Document &document, const SignoffRules &rules);

} // namespace SignatureLines
