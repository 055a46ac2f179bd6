// Full-text search across accounts, contacts, interactions and dossier text.
#pragma once

#include "domain/Ids.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace keystone {

enum class SearchKind { Account, Contact, Interaction, Dossier };

struct SearchHit
{
    SearchKind kind = SearchKind::Account;
    std::int64_t id = 0; // the id of the record of that kind (the account's for a dossier)
    AccountId accountId = 0;
    std::string title;   // account name, contact name, interaction subject
    std::string snippet; // the matching text around the hit, folded
};

class SearchIndex
{
public:
    virtual ~SearchIndex() = default;
    // Every word of `text` must match the start of a word in the record, folded
    // for case and diacritics in every script; best matches first.
    virtual std::vector<SearchHit> search(std::string_view text, int limit = 50) const = 0;
};

std::string_view toKey(SearchKind kind);

} // namespace keystone
