// A customer company and what the product knows about it at a glance. The long
// texts of the relationship live in its Dossier; people, interactions, follow-ups,
// tenders, competitors and sales refer to it by id.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

// The three "P" that qualify a prospective key account; unset means not assessed yet.
struct Qualification
{
    std::optional<bool> need;
    std::optional<bool> solvency;
    std::optional<bool> authority;
    bool isQualified() const { return need.value_or(false) && solvency.value_or(false) && authority.value_or(false); }
    bool isAssessed() const { return need && solvency && authority; }
    bool operator==(const Qualification&) const = default;
};

struct Account
{
    AccountId id = 0;
    std::string name;
    std::string ref; // the customer number in the ERP; unique when not empty
    std::string legalName;
    std::string industry;
    std::string country;
    std::string region;
    std::string website;
    std::optional<int> headcount;
    AccountStatus status = AccountStatus::Active;
    std::optional<ManagerId> ownerId;
    std::optional<AccountId> parentId;
    KindSet kinds;
    Qualification qualification;
    std::vector<std::string> tags;
    DateTime createdAt;
    DateTime updatedAt;
    std::optional<DateTime> archivedAt;

    bool isArchived() const { return archivedAt.has_value(); }
    std::vector<FieldError> validate() const;
    bool operator==(const Account&) const = default;
};

} // namespace keystone
