// The long-form knowledge about one key account, kept so that it outlives any one
// manager: who the customer is, how it decides, what it plans and how we stand.
#pragma once

#include "domain/Date.h"
#include "domain/Errors.h"
#include "domain/Ids.h"

#include <string>
#include <vector>

namespace keystone {

struct Dossier
{
    AccountId accountId = 0;
    std::string description;       // general information about the company
    std::string history;           // history of its development and of our relationship
    std::string organisation;      // staff and organisational structure
    std::string environment;       // market, partners, competitors around it
    std::string strategy;          // the customer's own strategy and future plans
    std::string needs;             // product needs
    std::string decisionProcess;   // how decisions are made
    std::string relationshipNotes; // how we stand, promises, sensitivities
    DateTime updatedAt;

    static constexpr int kSections = 8;
    // How many of the sections hold text, 0..kSections.
    int filledSections() const;
    // filledSections as a percentage, for the completeness gauge.
    int completenessPercent() const { return filledSections() * 100 / kSections; }
    std::vector<FieldError> validate() const;
    bool operator==(const Dossier&) const = default;
};

} // namespace keystone
