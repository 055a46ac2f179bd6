// Contacts as vCard: written as vCard 4.0 (RFC 6350), read from 3.0 (RFC 2426) and
// 4.0, one or many cards per file, as address books such as Thunderbird and Google
// Contacts write them. The mapping is in docs/formats.md.
#pragma once

#include "domain/Contact.h"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::vcard {

struct CardOut
{
    Contact contact;
    std::string organisation; // the account's name, written as ORG
};

// Every card, CRLF line ends, folded at 75 octets on UTF-8 character boundaries.
std::string writeCards(const std::vector<CardOut>& cards);

struct Card
{
    std::size_t line = 0; // where BEGIN:VCARD is
    Contact contact;      // accountId and ids unset
    std::string organisation;
    // The contact fields the card carried ("position", "department", "email", "phones",
    // "language", "notes", "role", "attitude", "influence", "left_company"); an import
    // changes only these on an existing contact.
    std::set<std::string> present;
};

struct Problem
{
    std::size_t line = 0;
    std::string message;
    // "line 12: EMAIL: not an e-mail address"
    std::string toString() const { return "line " + std::to_string(line) + ": " + message; }
};

struct ReadResult
{
    std::vector<Card> cards;
    std::vector<Problem> problems; // every problem, by line; usable only when empty
};

ReadResult readCards(std::string_view text);

} // namespace keystone::vcard
