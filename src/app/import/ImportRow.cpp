#include "app/import/ImportRow.h"

namespace keystone::imports {

std::vector<std::string> splitItems(std::string_view text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(separator, start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto item = trim(text.substr(start, end - start));
        if (!item.empty())
            out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

} // namespace keystone::imports
