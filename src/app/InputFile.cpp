#include "app/InputFile.h"

#include "domain/Validation.h"

#include <fstream>

namespace keystone {

std::string readWholeFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open " + path.string() + " for reading");
    std::string content;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        throw Error("cannot read " + path.string());
    return content;
}

} // namespace keystone
