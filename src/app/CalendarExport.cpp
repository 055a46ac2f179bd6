#include "app/CalendarExport.h"

#include "interchange/ICalendar.h"

#include <algorithm>
#include <map>

namespace keystone {

CalendarExport exportCalendar(Store& store, const CalendarQuery& query)
{
    std::vector<Account> accounts;
    if (query.accountId) {
        auto a = store.accounts().find(*query.accountId);
        if (!a)
            throw NotFoundError("account " + std::to_string(*query.accountId) + " does not exist");
        accounts.push_back(*a);
    } else {
        accounts = store.accounts().list({});
    }
    std::map<AccountId, std::string> names;
    for (const auto& a : accounts)
        names[a.id] = a.name;

    const DateTime now = store.clock().now();
    std::vector<ical::TodoItem> todos;
    std::vector<ical::EventItem> events;
    FollowUpQuery fq;
    fq.accountId = query.accountId;
    fq.ownerId = query.ownerId;
    fq.openOnly = false;
    for (auto& f : store.followUps().list(fq))
        if (auto it = names.find(f.accountId); it != names.end())
            todos.push_back({f, it->second});

    for (const auto& a : accounts) {
        std::map<ContactId, Contact> people;
        bool loaded = false;
        for (auto& i : store.interactions().listForAccount(a.id)) {
            if (i.occurredAt <= now)
                break; // newest first: the rest are history
            if (query.ownerId && i.managerId != query.ownerId)
                continue;
            if (!loaded) {
                for (auto& c : store.contacts().listForAccount(a.id))
                    people.emplace(c.id, c);
                loaded = true;
            }
            ical::EventItem e;
            e.interaction = i;
            e.account = a.name;
            for (auto id : i.contactIds)
                if (auto it = people.find(id); it != people.end())
                    e.attendees.push_back({it->second.name, it->second.email});
            events.push_back(std::move(e));
        }
    }
    std::sort(events.begin(), events.end(), [](const ical::EventItem& x, const ical::EventItem& y) {
        return std::pair(x.interaction.occurredAt, x.interaction.id) < std::pair(y.interaction.occurredAt, y.interaction.id);
    });
    CalendarExport result;
    result.todos = todos.size();
    result.events = events.size();
    result.text = ical::writeCalendar(todos, events, now);
    return result;
}

} // namespace keystone
