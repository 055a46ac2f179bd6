#include "domain/Enums.h"

#include "domain/Text.h"

namespace keystone {

std::vector<KeyAccountKind> KindSet::kinds() const
{
    std::vector<KeyAccountKind> result;
    for (const auto& entry : EnumKeys<KeyAccountKind>::table)
        if (has(entry.value))
            result.push_back(entry.value);
    return result;
}

std::string KindSet::toKeys() const
{
    std::string text;
    for (auto kind : kinds()) {
        if (!text.empty())
            text += ',';
        text += toKey(kind);
    }
    return text;
}

std::optional<KindSet> KindSet::parseKeys(std::string_view text)
{
    KindSet set;
    for (auto part : splitList(text)) {
        const auto kind = fromKey<KeyAccountKind>(part);
        if (!kind)
            return std::nullopt;
        set.set(*kind);
    }
    return set;
}

} // namespace keystone
