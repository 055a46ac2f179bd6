// The FTS5 index behind search: keeps one entry per account, contact, interaction
// and dossier, holding text folded by foldForSearch, and answers queries folded the
// same way, so case and diacritics match in every script.
#pragma once

#include "domain/SearchIndex.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteSearchIndex final : public SearchIndex
{
public:
    explicit SqliteSearchIndex(sql::Connection& connection) : m_connection(connection) {}

    // Up to this many matches are ranked by relevance (bm25). Beyond it the newest entries come
    // first: bm25 counts, for every word, all the entries holding it, and for a word in 200,000
    // interactions that count alone costs more than the 20 ms a search may take.
    static constexpr int kRankedMatches = 1000;

    std::vector<SearchHit> search(std::string_view text, int limit = 50) const override;

    // Writers call these inside their own transactions, after writing the record: the entry is
    // made from the record's tables (storage/SearchEntries).
    void refresh(SearchKind kind, std::int64_t id);
    void remove(SearchKind kind, std::int64_t id);
    // Removes the entries of an account and of everything at it (before a purge).
    void removeAccount(AccountId accountId);

    // The FTS5 query for a user's text: every word a prefix (or, with Words::Whole, the word
    // itself), runs of ideographs phrases.
    enum class Words { Prefixes, Whole };
    static std::string matchExpression(std::string_view text, Words words = Words::Prefixes);

private:
    sql::Connection& m_connection;
};

} // namespace keystone
