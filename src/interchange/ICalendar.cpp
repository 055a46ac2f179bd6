#include "interchange/ICalendar.h"

#include "interchange/ContentLines.h"

namespace keystone::ical {

namespace cl = contentline;

std::string formatDate(Date date)
{
    const std::string iso = date.toIso(); // YYYY-MM-DD
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string formatUtc(DateTime time)
{
    const std::string iso = time.toIso(); // YYYY-MM-DDTHH:MM:SSZ
    return formatDate(time.date()) + "T" + iso.substr(11, 2) + iso.substr(14, 2) + iso.substr(17, 2) + "Z";
}

std::string todoUid(const FollowUp& f)
{
    return "followup-" + std::to_string(f.id) + "-" + std::to_string(f.createdAt.unixSeconds()) + "@keystone";
}

std::string eventUid(const Interaction& i)
{
    return "interaction-" + std::to_string(i.id) + "-" + std::to_string(i.createdAt.unixSeconds()) + "@keystone";
}

namespace {

std::string summary(const std::string& account, const std::string& title)
{
    return cl::escapeText(account.empty() ? title : account + ": " + title);
}

} // namespace

std::string writeCalendar(const std::vector<TodoItem>& todos, const std::vector<EventItem>& events, DateTime stamp)
{
    std::string out;
    const std::string dtstamp = "DTSTAMP:" + formatUtc(stamp);
    cl::appendFolded(out, "BEGIN:VCALENDAR");
    cl::appendFolded(out, "VERSION:2.0");
    cl::appendFolded(out, std::string("PRODID:") + kProductId);
    cl::appendFolded(out, "CALSCALE:GREGORIAN");
    for (const auto& t : todos) {
        const FollowUp& f = t.followUp;
        cl::appendFolded(out, "BEGIN:VTODO");
        cl::appendFolded(out, "UID:" + todoUid(f));
        cl::appendFolded(out, dtstamp);
        cl::appendFolded(out, "SUMMARY:" + summary(t.account, f.title));
        if (!f.notes.empty())
            cl::appendFolded(out, "DESCRIPTION:" + cl::escapeText(f.notes));
        cl::appendFolded(out, "DUE;VALUE=DATE:" + formatDate(f.dueDate));
        cl::appendFolded(out, "CATEGORIES:" + cl::escapeText(std::string(toKey(f.kind))));
        if (f.kind == FollowUpKind::Commitment)
            cl::appendFolded(out, "PRIORITY:1"); // a promise to the customer comes first
        if (f.done) {
            cl::appendFolded(out, "STATUS:COMPLETED");
            if (f.doneAt)
                cl::appendFolded(out, "COMPLETED:" + formatUtc(*f.doneAt));
        } else {
            cl::appendFolded(out, "STATUS:NEEDS-ACTION");
        }
        cl::appendFolded(out, "END:VTODO");
    }
    for (const auto& e : events) {
        const Interaction& i = e.interaction;
        cl::appendFolded(out, "BEGIN:VEVENT");
        cl::appendFolded(out, "UID:" + eventUid(i));
        cl::appendFolded(out, dtstamp);
        cl::appendFolded(out, "DTSTART:" + formatUtc(i.occurredAt));
        cl::appendFolded(out, "DTEND:" + formatUtc(DateTime::fromUnixSeconds(i.occurredAt.unixSeconds() +
                                                                             std::int64_t{e.minutes} * 60)));
        cl::appendFolded(out, "SUMMARY:" + summary(e.account, i.subject));
        if (!i.summary.empty())
            cl::appendFolded(out, "DESCRIPTION:" + cl::escapeText(i.summary));
        cl::appendFolded(out, "CATEGORIES:" + cl::escapeText(std::string(toKey(i.kind))));
        cl::appendFolded(out, "STATUS:CONFIRMED");
        for (const auto& a : e.attendees)
            if (!a.email.empty())
                cl::appendFolded(out, "ATTENDEE;CN=" + cl::parameterValue(a.name) + ":mailto:" + a.email);
        cl::appendFolded(out, "END:VEVENT");
    }
    cl::appendFolded(out, "END:VCALENDAR");
    return out;
}

} // namespace keystone::ical
