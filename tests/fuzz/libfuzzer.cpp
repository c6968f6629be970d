// A libFuzzer executable for one of FuzzTargets, chosen at build time by FAE_FUZZ_TARGET.

#include "fuzztargets.h"

#include "profile/templatelibrary.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

const TemplateLibrary *library = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // for the SQL driver plugin
    QString error;
    static const std::unique_ptr<TemplateLibrary> loaded = TemplateLibrary::loadBuiltIn(&error);
    if (!loaded)
        qFatal("templates: %s", qPrintable(error));
    library = loaded.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzTargets::FAE_FUZZ_TARGET(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), *library);
    return 0;
}
