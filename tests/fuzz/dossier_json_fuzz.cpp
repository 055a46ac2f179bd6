// Fuzz target for the dossier JSON reader (interchange/DossierJson). Any bytes are read without a
// crash, a leak or an exception, every problem names where it is; a file read without problems is
// written and read again, which must give no problems and, written once more, the same bytes (the
// writer is canonical, so what it writes is a fixed point).
#include "interchange/DossierJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "dossier_json_fuzz: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace keystone::json;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ReadResult first = readDossiers(text);
    for (const auto& p : first.problems)
        check(!p.message.empty(), "a problem without a message");
    if (!first.problems.empty())
        return 0;
    const std::string written = writeDossiers(first.file);
    const ReadResult second = readDossiers(written);
    check(second.problems.empty(), "what the writer wrote reads back with problems");
    check(writeDossiers(second.file) == written, "writing what was read back gives other bytes");
    return 0;
}
