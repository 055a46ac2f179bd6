#include "interchange/ContentLines.h"
#include "interchange/VCard.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace keystone;

namespace {

std::string fixture(const std::string& name)
{
    std::ifstream in(std::string(KEYSTONE_TEST_DATA) + "/vcard/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> physicalLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto end = text.find("\r\n", pos);
        REQUIRE(end != std::string::npos); // every line ends in CRLF
        lines.push_back(text.substr(pos, end - pos));
        pos = end + 2;
    }
    return lines;
}

std::vector<std::string> problems(const vcard::ReadResult& r)
{
    std::vector<std::string> out;
    for (const auto& p : r.problems)
        out.push_back(p.toString());
    return out;
}

} // namespace

TEST_CASE("Content lines fold at 75 octets without splitting a UTF-8 character")
{
    std::string out;
    const std::string line = "NOTE:" + std::string(70, 'a') + "жжжж" + std::string(80, 'b');
    contentline::appendFolded(out, line);
    const auto lines = physicalLines(out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);        // NOTE: + 70 a
    CHECK(lines[1].substr(0, 9) == " жжжж"); // the next line starts with the space
    for (const auto& l : lines)
        CHECK(l.size() <= 75);
    std::vector<contentline::ParseProblem> problems;
    const auto parsed = contentline::parse(out, problems);
    REQUIRE(parsed.size() == 1);
    CHECK(parsed[0].name == "NOTE");
    CHECK("NOTE:" + parsed[0].value == line);

    // A line of three-byte characters breaks before the character that would not fit.
    out.clear();
    std::string han;
    for (int i = 0; i < 40; ++i)
        han += "伟";
    contentline::appendFolded(out, "FN:" + han);
    const auto hanLines = physicalLines(out);
    CHECK(hanLines[0].size() == 3 + 24 * 3);
    CHECK(hanLines[1].size() == 1 + 16 * 3);
}

TEST_CASE("Content lines: escaping and structured values")
{
    CHECK(contentline::escapeText("a\\b;c,d\r\ne\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
    CHECK(contentline::unescapeText("a\\\\b\\;c\\,d\\ne\\Nf") == "a\\b;c,d\ne\nf");
    CHECK(contentline::splitComponents("Doe\\;Smith;John;;") ==
          std::vector<std::string>{"Doe;Smith", "John", "", ""});
    CHECK(contentline::parameterValue("work") == "work");
    CHECK(contentline::parameterValue("a:b") == "\"a:b\"");
}

TEST_CASE("vCard: Keystone's cards read back to the same contacts")
{
    Contact c;
    c.name = "Игорь Смирнов-Задунайский";
    c.position = "Директор; закупки, логистика";
    c.department = "Отдел\\снабжения";
    c.email = "igor@example.ru";
    c.phones = {{"work", "+7 812 555 01 01"}, {"mobile", "+7 921 555 01 02"}, {"reception desk", "+7 812 000"}};
    c.language = "ru";
    c.role = DecisionRole::EconomicBuyer;
    c.attitude = Attitude::Supporter;
    c.influence = 4;
    c.leftCompany = true;
    c.notes = std::string("Line one\nLine two; with, punctuation\\ and a long tail ") + std::string(100, 'x');
    Contact d;
    d.name = "דנה כהן";
    Contact e;
    e.name = "王伟";
    const std::string text = vcard::writeCards({{c, "ООО «Северсталь»"}, {d, "תנובה"}, {e, ""}});
    for (const auto& l : physicalLines(text))
        CHECK(l.size() <= 75);
    CHECK_THAT(text, Catch::StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Игорь Смирнов-Задунайский\r\n"
                                       "N:Смирнов-Задунайский;Игорь;;;\r\n"));
    CHECK_THAT(text, Catch::Contains("TITLE:Директор\\; закупки\\, логистика\r\n"));
    CHECK_THAT(text, Catch::Contains("TEL;VALUE=text;TYPE=cell:+7 921 555 01 02\r\n"));
    CHECK_THAT(text, Catch::Contains("TEL;VALUE=text;TYPE=reception desk:+7 812 000\r\n"));

    const auto r = vcard::readCards(text);
    REQUIRE(problems(r).empty());
    REQUIRE(r.cards.size() == 3);
    CHECK(r.cards[0].contact == c);
    CHECK(r.cards[0].organisation == "ООО «Северсталь»");
    CHECK(r.cards[0].line == 1);
    CHECK(r.cards[1].contact.name == "דנה כהן");
    CHECK(r.cards[2].contact.name == "王伟");
    CHECK(r.cards[2].present.count("email") == 0);
}

TEST_CASE("vCard: a Google Contacts export (vCard 3.0, item groups)")
{
    const auto r = vcard::readCards(fixture("google.vcf"));
    REQUIRE(problems(r).empty());
    REQUIRE(r.cards.size() == 3);
    const auto& igor = r.cards[0].contact;
    CHECK(igor.name == "Игорь Смирнов");
    CHECK(igor.email == "igor.smirnov@severstal-service.example");
    CHECK(igor.position == "Директор по закупкам");
    CHECK(igor.department == "Отдел закупок");
    CHECK(r.cards[0].organisation == "ООО «Северсталь-Сервис»");
    CHECK(igor.phones == std::vector<Phone>{{"mobile", "+7 921 555-01-01"}, {"reception", "+7 812 555-02-02"}});
    CHECK(igor.notes == "Решает вместе с финансовым директором; любит подробные КП, с графиком поставок.\n"
                        "Звонить после 10:00.");
    CHECK(r.cards[0].present.count("role") == 0);
    const auto& wang = r.cards[1].contact;
    CHECK(wang.name == "王伟");
    CHECK(wang.email == "wang.wei@yueqing-electric.example");
    CHECK(wang.phones == std::vector<Phone>{{"work", "+86 577 5555 0101"}});
    // The preferred of two addresses wins.
    CHECK(r.cards[2].contact.email == "maria.jose.garcia@aceros.example");
    CHECK(r.cards[2].contact.name == "María José García-Núñez");
}

TEST_CASE("vCard: a Thunderbird export (vCard 4.0, VALUE=TEXT, tel: URIs)")
{
    const auto r = vcard::readCards(fixture("thunderbird.vcf"));
    REQUIRE(problems(r).empty());
    REQUIRE(r.cards.size() == 2);
    const auto& dana = r.cards[0].contact;
    CHECK(dana.name == "דנה כהן");
    CHECK(dana.email == "dana.cohen@tnuva-dairy.example");
    CHECK(dana.position == "ראש צוות רכש");
    CHECK(dana.department == "רכש");
    CHECK(dana.language == "he");
    CHECK(dana.phones == std::vector<Phone>{{"work", "+972-3-555-0101"}, {"mobile", "+972 50 555 0202"}});
    CHECK(dana.notes == "Prefers e-mail in Hebrew or English, never calls before 9.\nBackslash: C:\\orders");
    const auto& john = r.cards[1].contact;
    CHECK(john.notes.size() == 2 * std::string("A long note that Thunderbird folds across several lines because it "
                                               "is longer than seventy-five octets; ")
                                       .size());
}

TEST_CASE("vCard: bad input names the line and what was expected")
{
    const auto r = vcard::readCards(fixture("bad.vcf"));
    const std::vector<std::string> expected{
        "line 2: VERSION: expected 3.0 or 4.0, found '2.1'",
        "line 4: TEL: quoted-printable values (vCard 2.1) are not supported; export as vCard 3.0 or 4.0",
        "line 6: the card has neither FN nor N; a contact needs a name",
        "line 10: X-KEYSTONE-INFLUENCE: expected a whole number from 1 to 5, found '9'",
        "line 15: expected ':' between the property THIS and its value",
        "line 16: BEGIN:VCARD before the END:VCARD of the card at line 12",
        "line 16: the card has no END:VCARD",
    };
    CHECK(problems(r) == expected);
    CHECK(problems(vcard::readCards("")) == std::vector<std::string>{"line 1: the file holds no vCard (expected "
                                                                     "BEGIN:VCARD)"});
    CHECK(problems(vcard::readCards("BEGIN:VCARD\nVERSION:4.0\nFN:A\nEMAIL:a@x\nEND:VCARD\nBEGIN:VCARD\n"
                                    "VERSION:4.0\nFN:B\nEMAIL:A@X\nEND:VCARD\n")) ==
          std::vector<std::string>{"line 4: EMAIL: not an e-mail address",
                                   "line 6: the e-mail 'A@X' is also on the card at line 1",
                                   "line 9: EMAIL: not an e-mail address"});
}
