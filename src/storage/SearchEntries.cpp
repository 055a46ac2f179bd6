#include "storage/SearchEntries.h"

#include "domain/Text.h"
#include "storage/DatabaseError.h"

#include <array>

namespace keystone::search_entries {

namespace {

constexpr std::size_t kKinds = 4;

// Per kind: id, title and the unfolded body of every record, `%s` standing for the WHERE clause.
// The bodies are what the writers indexed before the definition moved here: the fields in this
// order, tags and phone numbers in their order.
constexpr std::array<std::string_view, kKinds> kSelect{
    // SearchKind::Account
    R"sql(SELECT a.id, a.name, a.name || ' ' || coalesce(a.ref, '') || ' ' || a.legal_name || ' ' ||
        a.industry || ' ' || a.country || ' ' || a.region ||
        coalesce((SELECT group_concat(' ' || tag, '') FROM
                    (SELECT tag FROM account_tags WHERE account_id = a.id ORDER BY position)), '')
      FROM accounts a %s ORDER BY a.id)sql",
    // SearchKind::Contact
    R"sql(SELECT c.id, c.name, c.name || ' ' || c.position || ' ' || c.department || ' ' || c.email ||
        coalesce((SELECT group_concat(' ' || number, '') FROM
                    (SELECT number FROM contact_phones WHERE contact_id = c.id ORDER BY position)), '')
      FROM contacts c %s ORDER BY c.id)sql",
    // SearchKind::Interaction
    R"sql(SELECT i.id, i.subject, i.subject || char(10) || i.summary || char(10) || i.outcome
      FROM interactions i %s ORDER BY i.id)sql",
    // SearchKind::Dossier: found by the account's name, so it follows a rename.
    R"sql(SELECT d.account_id, a.name, d.description || char(10) || d.history || char(10) || d.organisation ||
        char(10) || d.environment || char(10) || d.strategy || char(10) || d.needs || char(10) ||
        d.decision_process || char(10) || d.relationship_notes
      FROM dossiers d JOIN accounts a ON a.id = d.account_id %s ORDER BY d.account_id)sql",
};
constexpr std::array<std::string_view, kKinds> kIdColumn{"a.id", "c.id", "i.id", "d.account_id"};
constexpr std::array<std::string_view, kKinds> kKindName{"account", "contact", "interaction", "dossier of account"};

std::string selectSql(std::size_t kind, bool one)
{
    std::string sql(kSelect[kind]);
    const std::string where = one ? "WHERE " + std::string(kIdColumn[kind]) + " = ?1" : "";
    sql.replace(sql.find("%s"), 2, where);
    return sql;
}

// Reads the current row of a kSelect statement; false when the record has nothing to find (an
// empty dossier: its account's entry already finds the name).
bool readEntry(const sql::Statement& st, std::size_t kind, Entry& entry)
{
    const std::string_view title = st.textView(1);
    const std::string_view body = st.textView(2);
    if (trim(body).empty() && (kind == static_cast<std::size_t>(SearchKind::Dossier) || trim(title).empty()))
        return false;
    entry.rowid = rowidFor(static_cast<SearchKind>(kind), st.int64(0));
    entry.title = std::string(title);
    entry.body = foldForSearch(body);
    return true;
}

std::string describe(std::int64_t rowid)
{
    return std::string(kKindName[static_cast<std::size_t>(rowid % 4)]) + " " + std::to_string(rowid / 4);
}

void insert(sql::Connection& c, const Entry& e)
{
    sql::Statement ins(c, "INSERT INTO search_index(rowid, title, body) VALUES (?1, ?2, ?3)");
    ins.bind(1, e.rowid).bind(2, e.title).bind(3, e.body).run();
}

} // namespace

std::int64_t rowidFor(SearchKind kind, std::int64_t id) { return id * 4 + static_cast<std::int64_t>(kind); }

std::optional<Entry> expected(sql::Connection& c, SearchKind kind, std::int64_t id)
{
    const auto k = static_cast<std::size_t>(kind);
    sql::Statement st(c, selectSql(k, true));
    st.bind(1, id);
    Entry entry;
    if (st.step() && readEntry(st, k, entry))
        return entry;
    return std::nullopt;
}

void forEachExpected(sql::Connection& c, const std::function<void(const Entry&)>& visit)
{
    // One cursor per kind, each in id order; rowid order is id order with the kinds interleaved.
    std::vector<sql::Statement> cursors;
    std::array<std::optional<Entry>, kKinds> next;
    const auto advance = [&](std::size_t k) {
        next[k].reset();
        Entry entry;
        while (cursors[k].step())
            if (readEntry(cursors[k], k, entry)) {
                next[k] = std::move(entry);
                return;
            }
    };
    for (std::size_t k = 0; k < kKinds; ++k) {
        cursors.emplace_back(c, selectSql(k, false));
        advance(k);
    }
    for (;;) {
        std::optional<std::size_t> least;
        for (std::size_t k = 0; k < kKinds; ++k)
            if (next[k] && (!least || next[k]->rowid < next[*least]->rowid))
                least = k;
        if (!least)
            return;
        visit(*next[*least]);
        advance(*least);
    }
}

void refresh(sql::Connection& c, SearchKind kind, std::int64_t id)
{
    sql::Statement del(c, "DELETE FROM search_index WHERE rowid = ?1");
    del.bind(1, rowidFor(kind, id)).run();
    if (const auto entry = expected(c, kind, id))
        insert(c, *entry);
}

void check(sql::Connection& c, std::vector<std::string>& problems, std::size_t most)
{
    std::size_t reported = 0;
    const auto report = [&](std::string problem) {
        if (reported++ < most)
            problems.push_back("search: " + std::move(problem));
    };
    constexpr std::string_view kRepair = "; check --repair rebuilds the search index from the records";
    try {
        c.exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
    } catch (const DatabaseError& e) {
        // FTS5 takes its check as a write: a read-only open cannot run it, and compares the entries.
        if (e.reason() != DatabaseError::Reason::ReadOnly) {
            report("the full-text index is damaged (" + std::string(e.what()) + ")" + std::string(kRepair));
            return; // reading it further says nothing more
        }
    }
    try {
        sql::Statement stored(c, "SELECT rowid, title, body FROM search_index ORDER BY rowid");
        bool haveStored = stored.step();
        forEachExpected(c, [&](const Entry& e) {
            for (; haveStored && stored.int64(0) < e.rowid; haveStored = stored.step())
                report("the index holds an entry for " + describe(stored.int64(0)) + ", which has nothing to find" +
                       std::string(kRepair));
            if (!haveStored || stored.int64(0) > e.rowid) {
                report(describe(e.rowid) + " is missing from the index" + std::string(kRepair));
                return;
            }
            if (stored.textView(1) != e.title || stored.textView(2) != e.body)
                report("the entry of " + describe(e.rowid) +
                       " does not match the record (the record or the index was changed outside Keystone)" +
                       std::string(kRepair));
            haveStored = stored.step();
        });
        for (; haveStored; haveStored = stored.step())
            report("the index holds an entry for " + describe(stored.int64(0)) + ", which has nothing to find" +
                   std::string(kRepair));
    } catch (const DatabaseError& e) {
        report("the index cannot be read (" + std::string(e.what()) + ")" + std::string(kRepair));
    }
    if (reported > most)
        problems.push_back("search: ... and " + std::to_string(reported - most) + " more entries");
}

void rebuild(sql::Connection& c)
{
    // Dropped rather than emptied: deleting from a damaged FTS5 index reads the damage.
    std::string schema;
    {
        sql::Statement st(c, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'search_index'");
        if (st.step())
            schema = st.text(0);
    }
    if (schema.empty())
        throw DatabaseError(DatabaseError::Reason::Corrupt, "the search index is not in the schema");
    c.exec("DROP TABLE search_index");
    c.exec(schema);
    forEachExpected(c, [&](const Entry& e) { insert(c, e); });
}

} // namespace keystone::search_entries
