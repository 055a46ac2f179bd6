// Storage of accounts and their dossiers. The domain states what it needs; the
// storage layer implements it over SQLite.
#pragma once

#include "domain/Account.h"
#include "domain/Dossier.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keystone {

struct AccountQuery
{
    std::string text; // folded match on name, reference and legal name
    std::optional<AccountStatus> status;
    std::optional<ManagerId> ownerId;
    std::optional<KeyAccountKind> kind;
    std::string country; // exact, case-folded
    std::string tag;     // exact, case-folded
    bool includeArchived = false;
    int limit = -1; // -1: no limit
    int offset = 0;
};

enum class RemoveMode {
    Archive, // hide it from lists, keep everything; the default
    Purge    // delete the account and everything that depends on it; explicit only
};

class AccountRepository
{
public:
    virtual ~AccountRepository() = default;
    // Validates, stores, and sets id and timestamps on `account`.
    virtual void create(Account& account) = 0;
    // Validates and stores every field; throws NotFoundError for an unknown id.
    virtual void update(Account& account) = 0;
    virtual std::optional<Account> find(AccountId id) const = 0;
    virtual std::optional<Account> findByRef(std::string_view ref) const = 0;
    // The id of every account that has a reference, archived ones included, in one read:
    // for importers that would otherwise look references up one at a time.
    virtual std::unordered_map<std::string, AccountId> idsByRef() const = 0;
    // Ordered by the folded name, then id.
    virtual std::vector<Account> list(const AccountQuery& query) const = 0;
    // The accounts list() returns, in its order and with their tags, one at a time, without
    // holding them all: an export of 50,000 accounts built them in a vector of 100 MB. The
    // account passed is reused for the next one; copy what must outlive the call.
    virtual void forEach(const AccountQuery& query, const std::function<void(const Account&)>& visit) const = 0;
    virtual std::int64_t count(const AccountQuery& query) const = 0;
    virtual void remove(AccountId id, RemoveMode mode = RemoveMode::Archive) = 0;
    virtual void restore(AccountId id) = 0;

    // Every account has a dossier; an untouched one is empty.
    virtual Dossier dossier(AccountId id) const = 0;
    virtual void saveDossier(Dossier& dossier) = 0;
};

} // namespace keystone
