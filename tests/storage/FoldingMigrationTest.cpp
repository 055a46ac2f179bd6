// Schema 9 folds the stored keys and the search index again, so that a database made
// before the folding knew ł ø æ đ ı finds its names by their plain spelling.
#include "TempDir.h"
#include "storage/Migrations.h"
#include "storage/SearchEntries.h"
#include "storage/Sqlite.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-12-07T10:00:00Z"));

std::vector<std::string> names(const std::vector<Account>& accounts)
{
    std::vector<std::string> out;
    for (const auto& a : accounts)
        out.push_back(a.name);
    return out;
}

} // namespace

TEST_CASE("Schema 9 folds the keys and the search index of an older database again")
{
    TempDir dir;
    const auto path = dir / "v8.db";
    {
        OpenOptions old;
        old.targetVersion = 8;
        Database db(path, old);
        REQUIRE(db.schemaVersion() == 8);
        // The keys as schema 8's folding wrote them: ł, ø and æ stayed as they were.
        db.connection().exec(R"sql(
            INSERT INTO managers(id, name, name_key, email) VALUES (1, 'Søren Ærø', 'søren ærø', 'soren@x.com');
            INSERT INTO accounts(id, name, name_key, ref, country, country_key, owner_id, created_at, updated_at)
              VALUES (1, 'Łódź Stal', 'łodz stal', 'L1', 'Polska', 'polska', 1, 0, 0),
                     (2, 'Ørsted Vind', 'ørsted vind', 'O1', 'Danmark', 'danmark', 1, 0, 0);
            INSERT INTO account_tags(account_id, tag_key, tag, position) VALUES (1, 'łodz', 'Łódź', 0);
            INSERT INTO competitors(id, name, name_key) VALUES (1, 'Ørsted', 'ørsted'), (2, 'Orsted', 'orsted');
        )sql");
        // The search entries as the writers make them, then spelled as schema 8's folding left
        // them: ł and ø kept.
        search_entries::rebuild(db.connection());
        std::vector<std::pair<std::int64_t, std::string>> bodies;
        {
            sql::Statement st(db.connection(), "SELECT rowid, body FROM search_index");
            while (st.step())
                bodies.emplace_back(st.int64(0), st.text(1));
        }
        REQUIRE(bodies.size() == 2);
        for (auto& [row, body] : bodies) {
            for (const auto& [plain, kept] : {std::pair<std::string, std::string>{"lodz", "łodz"}, {"orsted", "ørsted"}})
                for (auto at = body.find(plain); at != std::string::npos; at = body.find(plain, at + kept.size()))
                    body.replace(at, plain.size(), kept);
            sql::Statement update(db.connection(), "UPDATE search_index SET body = ?2 WHERE rowid = ?1");
            update.bind(1, row).bind(2, body).run();
        }
        sql::Statement spelled(db.connection(), "SELECT count(*) FROM search_index WHERE body LIKE '%łodz%'");
        REQUIRE(spelled.step());
        REQUIRE(spelled.int64(0) == 1);
    }
    Store store(path, kClock);
    REQUIRE(store.database().schemaVersion() == latestSchemaVersion());

    AccountQuery byName;
    byName.text = "lodz";
    CHECK(names(store.accounts().list(byName)) == std::vector<std::string>{"Łódź Stal"});
    AccountQuery byTag;
    byTag.tag = "Lodz";
    CHECK(names(store.accounts().list(byTag)) == std::vector<std::string>{"Łódź Stal"});
    std::vector<std::string> found;
    for (const auto& hit : store.search().search("lodz"))
        found.push_back(hit.title);
    CHECK(found == std::vector<std::string>{"Łódź Stal"});

    // "Ørsted" would now take "orsted", which "Orsted" has: it keeps its old key and both stay.
    REQUIRE(store.competitors().findByName("Orsted"));
    CHECK(store.competitors().findByName("Orsted")->id == 2);
    REQUIRE(store.competitors().findByName("Ørsted"));
    CHECK(store.competitors().list().size() == 2);
    // The index folded again is exactly what the records give now.
    CHECK(store.check().empty());
}

TEST_CASE("A new database keys ł ø æ đ ı as their plain letters")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Đồng Tâm Kağıt";
    a.tags = {"Æbleskiver"};
    store.accounts().create(a);
    AccountQuery q;
    q.text = "dong tam kagit";
    CHECK(names(store.accounts().list(q)).size() == 1);
    q = {};
    q.tag = "aebleskiver";
    CHECK(names(store.accounts().list(q)).size() == 1);
    CHECK(store.search().search("kagit").size() == 1);
}
