#include "domain/SearchIndex.h"

namespace keystone {

std::string_view toKey(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Account:
        return "account";
    case SearchKind::Contact:
        return "contact";
    case SearchKind::Interaction:
        return "interaction";
    case SearchKind::Dossier:
        return "dossier";
    }
    return "account";
}

} // namespace keystone
