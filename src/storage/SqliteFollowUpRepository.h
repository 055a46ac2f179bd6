// Follow-ups and commitments in SQLite.
#pragma once

#include "storage/Actor.h"
#include "domain/Date.h"
#include "domain/FollowUpRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteFollowUpRepository final : public FollowUpRepository
{
public:
    SqliteFollowUpRepository(sql::Connection& connection, const Clock& clock, const Actor& actor)
        : m_connection(connection), m_clock(clock), m_actor(actor)
    {
    }

    void create(FollowUp& followUp) override;
    void update(FollowUp& followUp) override;
    std::optional<FollowUp> find(FollowUpId id) const override;
    std::vector<FollowUp> list(const FollowUpQuery& query) const override;
    void remove(FollowUpId id) override;
    void restore(const FollowUp& followUp) override;
    void addReschedule(FollowUpReschedule& reschedule) override;
    std::vector<FollowUpReschedule> reschedules(FollowUpId id) const override;
    void removeReschedule(RescheduleId id) override;

private:
    void prepare(FollowUp& f) const;
    void insert(FollowUp& followUp, bool keepId);

    sql::Connection& m_connection;
    const Clock& m_clock;
    const Actor& m_actor;
};

} // namespace keystone
