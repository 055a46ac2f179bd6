// The interaction history in SQLite, with each interaction's participants.
#pragma once

#include "domain/Date.h"
#include "domain/InteractionRepository.h"
#include "storage/SqliteSearchIndex.h"

namespace keystone {

class SqliteInteractionRepository final : public InteractionRepository
{
public:
    SqliteInteractionRepository(sql::Connection& connection, SqliteSearchIndex& index, const Clock& clock)
        : m_connection(connection), m_index(index), m_clock(clock)
    {
    }

    void create(Interaction& interaction) override;
    void update(Interaction& interaction) override;
    std::optional<Interaction> find(InteractionId id) const override;
    std::vector<Interaction> listForAccount(AccountId accountId, int limit = -1) const override;
    std::vector<Interaction> listBetween(DateTime from, DateTime to) const override;
    void remove(InteractionId id) override;

private:
    void checkReferences(const Interaction& i) const;
    void saveParticipants(const Interaction& i);
    void loadParticipants(Interaction& i) const;

    sql::Connection& m_connection;
    SqliteSearchIndex& m_index;
    const Clock& m_clock;
};

} // namespace keystone
