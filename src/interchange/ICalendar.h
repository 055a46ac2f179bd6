// Follow-ups and planned meetings as an iCalendar file (RFC 5545) that calendar
// programs open: a VTODO per follow-up or commitment, a VEVENT per planned meeting.
// The mapping is in docs/formats.md.
#pragma once

#include "domain/FollowUp.h"
#include "domain/Interaction.h"

#include <string>
#include <vector>

namespace keystone::ical {

inline constexpr const char* kProductId = "-//Keystone//Keystone key-account CRM//EN";

struct TodoItem
{
    FollowUp followUp; // its id and createdAt make the UID
    std::string account; // the account's name, put before the title
};

struct Attendee
{
    std::string name;
    std::string email; // written as an ATTENDEE only when set
};

struct EventItem
{
    Interaction interaction; // its id and createdAt make the UID
    std::string account;
    std::vector<Attendee> attendees;
    int minutes = 60; // Keystone records no duration; DTEND is DTSTART plus this
};

// The stable UID of an item: "followup-12-1795000000@keystone" (id and creation time,
// so that items of two databases do not collide and a re-export updates in place).
std::string todoUid(const FollowUp& followUp);
std::string eventUid(const Interaction& interaction);

// A whole VCALENDAR, CRLF line ends, lines folded at 75 octets; `stamp` is DTSTAMP.
std::string writeCalendar(const std::vector<TodoItem>& todos, const std::vector<EventItem>& events, DateTime stamp);

// "20261122T100000Z" and "20261122".
std::string formatUtc(DateTime time);
std::string formatDate(Date date);

} // namespace keystone::ical
