// Accounts, their tags and dossiers in SQLite.
#pragma once

#include "storage/Actor.h"
#include "domain/AccountRepository.h"
#include "domain/Date.h"
#include "storage/SqliteSearchIndex.h"

namespace keystone {

class SqliteAccountRepository final : public AccountRepository
{
public:
    SqliteAccountRepository(sql::Connection& connection, SqliteSearchIndex& index, const Clock& clock,
                            const Actor& actor)
        : m_connection(connection), m_index(index), m_clock(clock), m_actor(actor)
    {
    }

    void create(Account& account) override;
    void update(Account& account) override;
    std::optional<Account> find(AccountId id) const override;
    std::optional<Account> findByRef(std::string_view ref) const override;
    std::unordered_map<std::string, AccountId> idsByRef() const override;
    std::vector<Account> list(const AccountQuery& query) const override;
    void forEach(const AccountQuery& query, const std::function<void(const Account&)>& visit) const override;
    std::int64_t count(const AccountQuery& query) const override;
    void remove(AccountId id, RemoveMode mode = RemoveMode::Archive) override;
    void restore(AccountId id) override;
    Dossier dossier(AccountId id) const override;
    void saveDossier(Dossier& dossier) override;

private:
    void bindFields(sql::Statement& st, const Account& a) const;
    void saveTags(const Account& a);
    void loadTags(Account& a) const;
    void indexAccount(const Account& a);
    void checkParent(const Account& a) const;
    sql::Statement select(const AccountQuery& query, bool countOnly) const;

    sql::Connection& m_connection;
    SqliteSearchIndex& m_index;
    const Clock& m_clock;
    const Actor& m_actor;
};

} // namespace keystone
