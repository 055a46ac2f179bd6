#include "storage/SqliteSearchIndex.h"

#include "domain/Text.h"
#include "storage/SearchEntries.h"

namespace keystone {

namespace {

using search_entries::rowidFor;

std::vector<std::string> splitWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string current;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!current.empty())
                words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    return words;
}

// Tokens as the unicode61 tokenizer sees them: runs of letters and digits. Anything
// else (punctuation, quotes) separates tokens; bytes >= 0x80 are kept, since
// foldForSearch has already left only letters, digits and marks-free text there.
std::vector<std::string> tokens(std::string_view folded)
{
    std::vector<std::string> out;
    std::string current;
    for (char ch : folded) {
        const auto c = static_cast<unsigned char>(ch);
        const bool word = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (word) {
            current.push_back(ch);
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

} // namespace

std::string SqliteSearchIndex::matchExpression(std::string_view text, Words words)
{
    std::string expr;
    for (const auto& word : splitWords(text)) {
        const auto parts = tokens(foldForSearch(word));
        if (parts.empty())
            continue;
        // A word that folds to several tokens ("北京" -> 北 京, "e-mail" -> e mail) must
        // match them next to each other: a phrase, its last token a prefix.
        std::string phrase;
        for (const auto& p : parts) {
            if (!phrase.empty())
                phrase += ' ';
            phrase += p; // tokens hold no quote characters
        }
        if (!expr.empty())
            expr += ' ';
        expr += '"' + phrase + (words == Words::Prefixes ? "\"*" : "\"");
    }
    return expr;
}

std::vector<SearchHit> SqliteSearchIndex::search(std::string_view text, int limit) const
{
    std::vector<SearchHit> hits;
    const std::string expr = matchExpression(text);
    if (expr.empty())
        return hits;
    // Is there a match beyond the first kRankedMatches? Walking the matches by rowid reads only
    // as far as that, and needs none of bm25's counts.
    sql::Statement probe(m_connection,
                         "SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2");
    const auto beyondRanked = [&](const std::string& e) {
        probe.bind(1, e).bind(2, kRankedMatches);
        const bool found = probe.step();
        probe.reset();
        return found;
    };
    // The whole words answer first when they can: their matches are some of the prefixes', and a
    // whole word is one list of entries, where a prefix makes FTS5 merge the lists of every word
    // it begins (for "delivery" in 1.3 million interactions, 0.3 ms against 8-16 ms, and the
    // query below pays that merge once more).
    const bool tooMany = beyondRanked(matchExpression(text, Words::Whole)) || beyondRanked(expr);
    constexpr std::string_view kSelect = R"sql(
        SELECT s.rowid, s.title, snippet(search_index, 1, '[', ']', '…', 12),
               CASE s.rowid % 4 WHEN 0 THEN s.rowid / 4 WHEN 3 THEN s.rowid / 4
                 WHEN 1 THEN (SELECT account_id FROM contacts WHERE id = s.rowid / 4)
                 ELSE (SELECT account_id FROM interactions WHERE id = s.rowid / 4) END AS account
        FROM search_index s
        WHERE search_index MATCH ?1)sql";
    // A rowid is id * 4 + kind, so rowid order is newest first within each kind (ids only grow).
    sql::Statement st(m_connection, std::string(kSelect) + (tooMany ? " ORDER BY s.rowid DESC LIMIT ?2"
                                                                     : " ORDER BY rank LIMIT ?2"));
    st.bind(1, expr).bind(2, limit * 2 + 10);
    // Hits at archived accounts are dropped here rather than in SQL, so that the
    // FTS5 query stays a plain MATCH ... ORDER BY rank that SQLite can run directly.
    sql::Statement archived(m_connection, "SELECT archived_at IS NOT NULL FROM accounts WHERE id = ?1");
    while (st.step() && static_cast<int>(hits.size()) < limit) {
        SearchHit hit;
        const std::int64_t rowid = st.int64(0);
        hit.kind = static_cast<SearchKind>(rowid % 4);
        hit.id = rowid / 4;
        hit.title = st.text(1);
        hit.snippet = st.text(2);
        hit.accountId = st.int64(3);
        archived.bind(1, hit.accountId);
        const bool isArchived = archived.step() && archived.int64(0) != 0;
        archived.reset();
        if (!isArchived)
            hits.push_back(std::move(hit));
    }
    return hits;
}

void SqliteSearchIndex::refresh(SearchKind kind, std::int64_t id)
{
    search_entries::refresh(m_connection, kind, id);
}

void SqliteSearchIndex::remove(SearchKind kind, std::int64_t id)
{
    sql::Statement del(m_connection, "DELETE FROM search_index WHERE rowid = ?1");
    del.bind(1, rowidFor(kind, id)).run();
}

void SqliteSearchIndex::removeAccount(AccountId accountId)
{
    sql::Statement st(m_connection, R"sql(
        DELETE FROM search_index WHERE rowid IN (
          SELECT ?1 * 4 UNION ALL SELECT ?1 * 4 + 3
          UNION ALL SELECT id * 4 + 1 FROM contacts WHERE account_id = ?1
          UNION ALL SELECT id * 4 + 2 FROM interactions WHERE account_id = ?1))sql");
    st.bind(1, accountId).run();
}

} // namespace keystone
