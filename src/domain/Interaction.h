// One touch point with an account: a call, a visit, a complaint, a beta test ...
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct Interaction
{
    InteractionId id = 0;
    AccountId accountId = 0;
    std::optional<ManagerId> managerId;
    InteractionKind kind = InteractionKind::Call;
    DateTime occurredAt;
    std::string subject;
    std::string summary;
    std::string outcome;
    Sentiment sentiment = Sentiment::Unknown;
    std::vector<ContactId> contactIds; // the customer's people who took part
    DateTime createdAt;
    std::vector<ManagerId> colleagueIds; // our people who took part besides managerId, by id
    std::string product; // the product concerned (feedback, modification requests)

    std::vector<FieldError> validate() const;
    bool operator==(const Interaction&) const = default;
};

// The kinds that are about one of our products (feedback on it, a request to modify
// it, a test of a new version, a complaint about it): the product field is theirs.
bool concernsProduct(InteractionKind kind);

} // namespace keystone
