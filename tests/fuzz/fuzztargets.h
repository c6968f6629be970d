#pragma once

#include <QByteArray>

class TemplateLibrary;

// What the fuzzers feed with arbitrary bytes, shared by the ctest runner (tst_fuzz) and the
// libFuzzer executables. Each target must return normally for every input: refusing bad input
// with a message is the expected outcome, a crash or a sanitizer report is a finding.
namespace FuzzTargets {

// The interchange JSON reader; a file it accepts is also built into a document and exported.
void interchange(const QByteArray &bytes, const TemplateLibrary &library);
// The document opener, on the bytes as a .fadb file; a document it opens is also exported.
void documentFile(const QByteArray &bytes, const TemplateLibrary &library);

} // namespace FuzzTargets
