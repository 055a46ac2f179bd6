// Follow-ups and commitments in SQLite.
#pragma once

#include "domain/Date.h"
#include "domain/FollowUpRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteFollowUpRepository final : public FollowUpRepository
{
public:
    SqliteFollowUpRepository(sql::Connection& connection, const Clock& clock)
        : m_connection(connection), m_clock(clock)
    {
    }

    void create(FollowUp& followUp) override;
    void update(FollowUp& followUp) override;
    std::optional<FollowUp> find(FollowUpId id) const override;
    std::vector<FollowUp> list(const FollowUpQuery& query) const override;
    void remove(FollowUpId id) override;

private:
    void prepare(FollowUp& f) const;

    sql::Connection& m_connection;
    const Clock& m_clock;
};

} // namespace keystone
