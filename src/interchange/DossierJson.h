// Complete account dossiers as versioned JSON ("keystone-dossiers", version 1; see
// docs/formats.md). The file never carries database ids: accounts are named by their
// reference (else their name), managers by e-mail (else name), competitors by name,
// and contacts and interactions by their index inside their account. This module
// only turns values into text and back, checking the file against the format and
// the entities' own rules; the app layer resolves names against the database.
// Written by DossierJsonWriting.cpp, read by DossierJsonReading.cpp.
#pragma once

#include "domain/Account.h"
#include "domain/Competitor.h"
#include "domain/Contact.h"
#include "domain/Dossier.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Manager.h"
#include "domain/Tender.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::json {

inline constexpr std::string_view kDossierFormat = "keystone-dossiers";
inline constexpr int kDossierVersion = 1;

// In the records below the domain values' ids are unused (zero); references are
// the strings and indices beside them.
struct ContactRecord
{
    Contact contact;
    std::optional<std::size_t> reportsTo; // index in the account's contacts
};

struct InteractionRecord
{
    Interaction interaction;
    std::string manager;                // e-mail (else name) of a manager; empty for none
    std::vector<std::size_t> contacts;  // indices in the account's contacts, ascending
};

struct FollowUpRecord
{
    FollowUp followUp;
    std::string owner;                      // manager e-mail (else name); empty for none
    std::optional<std::size_t> interaction; // index in the account's interactions
};

struct TenderRecord
{
    Tender tender;
    std::string winner; // competitor name; empty for none
};

struct PresenceRecord
{
    CompetitorPresence presence;
    std::string competitor; // competitor name
};

struct AccountRecord
{
    Account account;
    std::string owner;  // manager e-mail (else name); empty for none
    std::string parent; // the parent account's reference (else name); empty for none
    Dossier dossier;
    std::vector<ContactRecord> contacts;
    std::vector<InteractionRecord> interactions;
    std::vector<FollowUpRecord> followUps;
    std::vector<TenderRecord> tenders;
    std::vector<PresenceRecord> competitors;
};

struct DossierFile
{
    std::vector<Manager> managers;       // the managers the accounts name
    std::vector<Competitor> competitors; // the competitors the accounts name
    std::vector<AccountRecord> accounts;
};

// One thing wrong with an input file: a JSON pointer ("/accounts/3/contacts/1/email")
// and what was expected. An empty path means the file as a whole.
struct Problem
{
    std::string path;
    std::string message;
    std::string toString() const { return path.empty() ? message : path + ": " + message; }
    bool operator==(const Problem&) const = default;
};

// The key a manager is named by in a file: the e-mail when set, else the name.
std::string managerKey(const Manager& manager);
// The key an account is named by as a parent: the reference when set, else the name.
std::string accountKey(const Account& account);

// Two-space indented UTF-8 JSON ending in a newline; the same values always give
// the same bytes. Empty texts and unset values are left out.
std::string writeDossiers(const DossierFile& file);

struct ReadResult
{
    DossierFile file;
    std::vector<Problem> problems; // every problem found; the file is usable only when empty
};

// Parses and checks a whole file: syntax, format name and version, every member's
// type, the vocabularies, the entities' validation rules, indices in range and
// duplicate keys inside the file.
ReadResult readDossiers(std::string_view text);

} // namespace keystone::json
