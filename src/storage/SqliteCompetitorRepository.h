// Competitors and their presence at accounts in SQLite.
#pragma once

#include "domain/CompetitorRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteCompetitorRepository final : public CompetitorRepository
{
public:
    explicit SqliteCompetitorRepository(sql::Connection& connection) : m_connection(connection) {}

    void create(Competitor& competitor) override;
    void update(Competitor& competitor) override;
    std::optional<Competitor> find(CompetitorId id) const override;
    std::optional<Competitor> findByName(std::string_view name) const override;
    std::vector<Competitor> list() const override;
    void remove(CompetitorId id) override;
    void savePresence(CompetitorPresence& presence) override;
    std::vector<CompetitorPresence> presenceAt(AccountId accountId) const override;
    void removePresence(PresenceId id) override;

private:
    sql::Connection& m_connection;
};

} // namespace keystone
