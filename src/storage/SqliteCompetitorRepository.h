// Competitors and their presence at accounts in SQLite.
#pragma once

#include "storage/Actor.h"
#include "domain/CompetitorRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteCompetitorRepository final : public CompetitorRepository
{
public:
    SqliteCompetitorRepository(sql::Connection& connection, const Actor& actor)
        : m_connection(connection), m_actor(actor)
    {
    }

    void create(Competitor& competitor) override;
    void update(Competitor& competitor) override;
    std::optional<Competitor> find(CompetitorId id) const override;
    std::optional<Competitor> findByName(std::string_view name) const override;
    std::vector<Competitor> list() const override;
    void remove(CompetitorId id) override;
    void savePresence(CompetitorPresence& presence) override;
    std::vector<CompetitorPresence> presenceAt(AccountId accountId) const override;
    void removePresence(PresenceId id) override;
    CompetitorMerge merge(CompetitorId keep, CompetitorId drop) override;
    void unmerge(const CompetitorMerge& merge) override;

private:
    bool presenceExists(AccountId account, CompetitorId competitor) const;

    sql::Connection& m_connection;
    const Actor& m_actor;
};

} // namespace keystone
