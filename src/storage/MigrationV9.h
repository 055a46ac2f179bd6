// Schema 9: the stored folding keys and the search index folded again, because the
// folding learnt the Latin letters that do not decompose (domain/Text.h, foldKey).
#pragma once

namespace keystone::sql {
class Connection;
}

namespace keystone {

// Every *_key column is computed again from the text it keys, and the search index's
// folded text is folded again, so that "lodz" finds "Łódź" in a database made before.
// A key that would now collide with another row's in a unique column (two competitors
// "Orsted" and "Ørsted") keeps its old value: both rows stay, nothing is merged.
void migrateToV9(sql::Connection& connection);

} // namespace keystone
