#include "storage/MigrationV9.h"

#include "domain/Text.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keystone {

namespace {

// A key column and the text it is computed from, in a table with a rowid. The names
// come from this fixed list, never from data.
struct KeyColumn
{
    std::string_view table;
    std::string_view key;
    std::string_view text;
    bool trimmed; // keyed on the trimmed text, as the repository writes it
};

constexpr KeyColumn kKeys[] = {
    {"managers", "name_key", "name", false},       {"accounts", "name_key", "name", false},
    {"accounts", "country_key", "country", false}, {"contacts", "name_key", "name", false},
    {"contacts", "email_key", "email", false},     {"competitors", "name_key", "name", true},
    {"tender_reasons", "name_key", "name", true},
};

void refold(sql::Connection& c, const KeyColumn& column)
{
    const std::string table(column.table), key(column.key), text(column.text);
    std::vector<std::pair<std::int64_t, std::string>> changed;
    {
        sql::Statement st(c, "SELECT rowid, " + text + ", " + key + " FROM " + table);
        while (st.step()) {
            const std::string_view value = st.textView(1);
            std::string folded = foldKey(column.trimmed ? trim(value) : value);
            if (folded != st.textView(2))
                changed.emplace_back(st.int64(0), std::move(folded));
        }
    }
    // OR IGNORE: a row whose new key another row already has keeps its old key.
    sql::Statement update(c, "UPDATE OR IGNORE " + table + " SET " + key + " = ?2 WHERE rowid = ?1");
    for (const auto& [row, folded] : changed)
        update.bind(1, row).bind(2, folded).run();
}

// account_tags has no rowid: its key is part of the primary key.
void refoldTags(sql::Connection& c)
{
    struct Tag
    {
        std::int64_t account;
        std::string oldKey, newKey;
    };
    std::vector<Tag> changed;
    {
        sql::Statement st(c, "SELECT account_id, tag_key, tag FROM account_tags");
        while (st.step()) {
            std::string folded = foldKey(trim(st.textView(2)));
            if (folded != st.textView(1))
                changed.push_back({st.int64(0), st.text(1), std::move(folded)});
        }
    }
    sql::Statement update(c, "UPDATE OR IGNORE account_tags SET tag_key = ?3 WHERE account_id = ?1 AND tag_key = ?2");
    for (const auto& t : changed)
        update.bind(1, t.account).bind(2, t.oldKey).bind(3, t.newKey).run();
}

// The index holds foldForSearch's output; folding that again with the new rules gives
// what folding the original gives (ideographs are already spaced).
void refoldSearchIndex(sql::Connection& c)
{
    std::vector<std::pair<std::int64_t, std::string>> changed;
    {
        sql::Statement st(c, "SELECT rowid, body FROM search_index");
        while (st.step()) {
            std::string folded = foldKey(st.textView(1));
            if (folded != st.textView(1))
                changed.emplace_back(st.int64(0), std::move(folded));
        }
    }
    sql::Statement update(c, "UPDATE search_index SET body = ?2 WHERE rowid = ?1");
    for (const auto& [row, body] : changed)
        update.bind(1, row).bind(2, body).run();
}

} // namespace

void migrateToV9(sql::Connection& c)
{
    for (const auto& column : kKeys)
        refold(c, column);
    refoldTags(c);
    refoldSearchIndex(c);
}

} // namespace keystone
