// The interaction history in SQLite, with each interaction's participants.
#pragma once

#include "storage/Actor.h"
#include "domain/Date.h"
#include "domain/InteractionRepository.h"
#include "storage/SqliteSearchIndex.h"

namespace keystone {

class SqliteInteractionRepository final : public InteractionRepository
{
public:
    SqliteInteractionRepository(sql::Connection& connection, SqliteSearchIndex& index, const Clock& clock,
                                const Actor& actor)
        : m_connection(connection), m_index(index), m_clock(clock), m_actor(actor)
    {
    }

    void create(Interaction& interaction) override;
    void update(Interaction& interaction) override;
    std::optional<Interaction> find(InteractionId id) const override;
    std::vector<Interaction> listForAccount(AccountId accountId, int limit = -1) const override;
    std::vector<Interaction> listBetween(DateTime from, DateTime to) const override;
    void remove(InteractionId id) override;
    void restore(const Interaction& interaction) override;

private:
    void checkReferences(const Interaction& i) const;
    // Inserts the interaction with its participants and search entry; with keepId under its own id.
    void insert(Interaction& interaction, bool keepId);
    void saveParticipants(const Interaction& i);
    void loadParticipants(Interaction& i) const;

    sql::Connection& m_connection;
    SqliteSearchIndex& m_index;
    const Clock& m_clock;
    const Actor& m_actor;
};

} // namespace keystone
