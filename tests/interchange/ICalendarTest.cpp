#include "interchange/ICalendar.h"

#include <catch2/catch.hpp>

#include <map>

using namespace keystone;

namespace {

// A minimal RFC 5545 reader, independent of the production code: checks CRLF and
// line length, unfolds, and splits "NAME;PARAMS:VALUE".
struct Property
{
    std::string name;
    std::string params;
    std::string value;
};

std::vector<Property> unfold(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto end = text.find("\r\n", pos);
        REQUIRE(end != std::string::npos);
        const std::string physical = text.substr(pos, end - pos);
        REQUIRE(physical.find('\n') == std::string::npos);
        CHECK(physical.size() <= 75);
        if (!physical.empty() && physical[0] == ' ') {
            REQUIRE(!lines.empty());
            lines.back() += physical.substr(1);
        } else {
            lines.push_back(physical);
        }
        pos = end + 2;
    }
    std::vector<Property> props;
    for (const auto& l : lines) {
        const auto colon = l.find(':');
        REQUIRE(colon != std::string::npos);
        const auto semi = l.find(';');
        Property p;
        if (semi != std::string::npos && semi < colon) {
            p.name = l.substr(0, semi);
            p.params = l.substr(semi + 1, colon - semi - 1);
        } else {
            p.name = l.substr(0, colon);
        }
        p.value = l.substr(colon + 1);
        props.push_back(p);
    }
    return props;
}

using Component = std::multimap<std::string, Property>;

// Checks BEGIN/END pairing and returns the components by kind, each with its properties.
std::map<std::string, std::vector<Component>> structure(const std::vector<Property>& props)
{
    std::map<std::string, std::vector<Component>> out;
    std::vector<std::string> stack;
    for (const auto& p : props) {
        if (p.name == "BEGIN") {
            stack.push_back(p.value);
            out[p.value].emplace_back();
        } else if (p.name == "END") {
            REQUIRE(!stack.empty());
            REQUIRE(stack.back() == p.value);
            stack.pop_back();
        } else {
            REQUIRE(!stack.empty());
            out[stack.back()].back().emplace(p.name, p);
        }
    }
    CHECK(stack.empty());
    return out;
}

std::string value(const Component& c, const std::string& name)
{
    const auto it = c.find(name);
    return it == c.end() ? std::string("<absent>") : it->second.value;
}

} // namespace

TEST_CASE("iCalendar: follow-ups as VTODOs and planned meetings as VEVENTs")
{
    FollowUp open;
    open.id = 7;
    open.createdAt = DateTime::fromUnixSeconds(1795000000);
    open.title = "Send the delivery schedule, signed; by courier";
    open.notes = "Line one\nLine two \\ backslash";
    open.dueDate = *Date::parseIso("2026-12-05");
    open.kind = FollowUpKind::Commitment;
    FollowUp done;
    done.id = 8;
    done.createdAt = DateTime::fromUnixSeconds(1795000000);
    done.title = std::string("Позвонить ") + std::string(60, 'x') + "жжж";
    done.dueDate = *Date::parseIso("2026-10-01");
    done.done = true;
    done.doneAt = DateTime::parseIso("2026-10-02T08:00:00Z");
    Interaction meeting;
    meeting.id = 3;
    meeting.createdAt = DateTime::fromUnixSeconds(1795000100);
    meeting.kind = InteractionKind::Visit;
    meeting.occurredAt = *DateTime::parseIso("2026-12-01T09:30:00Z");
    meeting.subject = "Annual review";
    meeting.summary = "Agenda: prices, volumes";
    const auto text = ical::writeCalendar({{open, "ООО «Северсталь»"}, {done, "תנובה"}},
                                          {{meeting, "王氏集团", {{"Dana", "dana@example.com"}, {"No Mail", ""}}, 90}},
                                          *DateTime::parseIso("2026-11-22T10:00:00Z"));
    const auto props = unfold(text);
    const auto parts = structure(props);
    REQUIRE(parts.at("VCALENDAR").size() == 1);
    const auto& cal = parts.at("VCALENDAR")[0];
    CHECK(value(cal, "VERSION") == "2.0");
    CHECK(value(cal, "PRODID") == ical::kProductId);
    CHECK(props.front().name == "BEGIN");
    CHECK(props.back().value == "VCALENDAR");

    REQUIRE(parts.at("VTODO").size() == 2);
    for (const auto& c : parts.at("VTODO")) {
        CHECK(c.count("UID") == 1);
        CHECK(value(c, "DTSTAMP") == "20261122T100000Z");
    }
    const auto& t0 = parts.at("VTODO")[0];
    CHECK(value(t0, "UID") == "followup-7-1795000000@keystone");
    CHECK(value(t0, "SUMMARY") == "ООО «Северсталь»: Send the delivery schedule\\, signed\\; by courier");
    CHECK(value(t0, "DESCRIPTION") == "Line one\\nLine two \\\\ backslash");
    CHECK(value(t0, "DUE") == "20261205");
    CHECK(t0.find("DUE")->second.params == "VALUE=DATE");
    CHECK(value(t0, "STATUS") == "NEEDS-ACTION");
    CHECK(value(t0, "PRIORITY") == "1");
    CHECK(t0.count("COMPLETED") == 0);
    const auto& t1 = parts.at("VTODO")[1];
    CHECK(value(t1, "SUMMARY") == "תנובה: " + done.title); // folded and unfolded intact
    CHECK(value(t1, "STATUS") == "COMPLETED");
    CHECK(value(t1, "COMPLETED") == "20261002T080000Z");

    REQUIRE(parts.at("VEVENT").size() == 1);
    const auto& e = parts.at("VEVENT")[0];
    CHECK(value(e, "UID") == "interaction-3-1795000100@keystone");
    CHECK(value(e, "DTSTAMP") == "20261122T100000Z");
    CHECK(value(e, "DTSTART") == "20261201T093000Z");
    CHECK(value(e, "DTEND") == "20261201T110000Z");
    CHECK(value(e, "SUMMARY") == "王氏集团: Annual review");
    CHECK(value(e, "DESCRIPTION") == "Agenda: prices\\, volumes");
    CHECK(value(e, "CATEGORIES") == "visit");
    CHECK(e.count("ATTENDEE") == 1);
    CHECK(e.find("ATTENDEE")->second.params == "CN=Dana");
    CHECK(value(e, "ATTENDEE") == "mailto:dana@example.com");
}

TEST_CASE("iCalendar: an empty calendar is still a valid one")
{
    const auto parts = structure(unfold(ical::writeCalendar({}, {}, DateTime::fromUnixSeconds(0))));
    CHECK(parts.size() == 1);
    CHECK(value(parts.at("VCALENDAR")[0], "PRODID") == ical::kProductId);
    CHECK(ical::formatUtc(*DateTime::parseIso("2026-01-02T03:04:05Z")) == "20260102T030405Z");
    CHECK(ical::formatDate(*Date::parseIso("0999-12-31")) == "09991231");
}
