// Follow-ups, commitments and planned meetings as an iCalendar file for calendar
// programs (interchange/ICalendar).
#pragma once

#include "storage/Store.h"

#include <optional>
#include <string>

namespace keystone {

struct CalendarQuery
{
    std::optional<AccountId> accountId; // one account, else every account that is not archived
    std::optional<ManagerId> ownerId;   // follow-ups it owns and meetings it holds
};

struct CalendarExport
{
    std::string text;
    std::size_t todos = 0;
    std::size_t events = 0;
};

// Every follow-up (open and done) and every interaction later than now, stamped
// with the store's clock.
CalendarExport exportCalendar(Store& store, const CalendarQuery& query);

} // namespace keystone
