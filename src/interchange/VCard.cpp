#include "interchange/VCard.h"

#include "domain/Text.h"
#include "interchange/ContentLines.h"

#include <algorithm>
#include <map>

namespace keystone::vcard {

namespace cl = contentline;

namespace {

// Keystone's phone labels and the vCard TYPE values they are written as.
std::string typeForLabel(const std::string& label)
{
    const std::string key = foldKey(label);
    if (key == "mobile" || key == "cell")
        return "cell";
    for (const char* known : {"work", "home", "fax", "pager", "text", "voice", "video", "textphone"})
        if (key == known)
            return key;
    return cl::parameterValue(label);
}

void splitName(const std::string& name, std::string& given, std::string& family)
{
    const std::string_view t = trim(name);
    const auto space = t.rfind(' ');
    if (space == std::string_view::npos) {
        family = std::string(t);
        return;
    }
    given = std::string(trim(t.substr(0, space)));
    family = std::string(t.substr(space + 1));
}

} // namespace

std::string writeCards(const std::vector<CardOut>& cards)
{
    std::string out;
    for (const auto& card : cards) {
        const Contact& c = card.contact;
        cl::appendFolded(out, "BEGIN:VCARD");
        cl::appendFolded(out, "VERSION:4.0");
        cl::appendFolded(out, "FN:" + cl::escapeText(c.name));
        std::string given, family;
        splitName(c.name, given, family);
        cl::appendFolded(out, "N:" + cl::escapeText(family) + ";" + cl::escapeText(given) + ";;;");
        if (!card.organisation.empty() || !c.department.empty())
            cl::appendFolded(out, "ORG:" + cl::escapeText(card.organisation) +
                                      (c.department.empty() ? "" : ";" + cl::escapeText(c.department)));
        if (!c.position.empty())
            cl::appendFolded(out, "TITLE:" + cl::escapeText(c.position));
        if (!c.email.empty())
            cl::appendFolded(out, "EMAIL;TYPE=work:" + cl::escapeText(c.email));
        for (const auto& phone : c.phones) {
            std::string line = "TEL;VALUE=text";
            if (!phone.label.empty())
                line += ";TYPE=" + typeForLabel(phone.label);
            cl::appendFolded(out, line + ":" + cl::escapeText(phone.number));
        }
        if (!c.language.empty())
            cl::appendFolded(out, "LANG:" + cl::escapeText(c.language));
        if (!c.notes.empty())
            cl::appendFolded(out, "NOTE:" + cl::escapeText(c.notes));
        cl::appendFolded(out, "X-KEYSTONE-ROLE:" + std::string(toKey(c.role)));
        cl::appendFolded(out, "X-KEYSTONE-ATTITUDE:" + std::string(toKey(c.attitude)));
        cl::appendFolded(out, "X-KEYSTONE-INFLUENCE:" + std::to_string(c.influence));
        if (c.leftCompany)
            cl::appendFolded(out, "X-KEYSTONE-LEFT-COMPANY:true");
        cl::appendFolded(out, "END:VCARD");
    }
    return out;
}

namespace {

// Apple and Google write custom labels as "_$!<Mobile>!$_".
std::string cleanLabel(std::string label)
{
    if (label.size() > 8 && label.starts_with("_$!<") && label.ends_with(">!$_"))
        label = label.substr(4, label.size() - 8);
    return std::string(trim(label));
}

std::string phoneLabel(const cl::ContentLine& line, const std::map<std::string, std::string>& groupLabels)
{
    for (const auto& type : line.parameter("TYPE")) {
        const std::string key = foldKey(type);
        if (key == "voice" || key == "pref" || key == "internet")
            continue;
        if (key == "cell")
            return "mobile";
        return key;
    }
    if (!line.group.empty())
        if (auto it = groupLabels.find(cl::upperAscii(line.group)); it != groupLabels.end())
            return foldKey(it->second);
    return {};
}

bool isPreferred(const cl::ContentLine& line)
{
    return line.hasParameterValue("TYPE", "pref") || line.hasParameterValue("PREF", "1");
}

const char* propertyOf(const std::string& field)
{
    if (field == "name")
        return "FN";
    if (field == "position")
        return "TITLE";
    if (field == "department")
        return "ORG";
    if (field == "email")
        return "EMAIL";
    if (field == "phones")
        return "TEL";
    if (field == "language")
        return "LANG";
    if (field == "notes")
        return "NOTE";
    if (field == "influence")
        return "X-KEYSTONE-INFLUENCE";
    return "the card";
}

class CardBuilder
{
public:
    CardBuilder(std::size_t line, std::vector<Problem>& problems) : m_problems(problems) { m_card.line = line; }

    void problem(std::size_t line, std::string message) { m_problems.push_back({line, std::move(message)}); }

    void add(const cl::ContentLine& line, const std::map<std::string, std::string>& groupLabels)
    {
        for (const auto& encoding : line.parameter("ENCODING"))
            if (cl::equalsIgnoreCase(encoding, "QUOTED-PRINTABLE")) {
                problem(line.line, line.name + ": quoted-printable values (vCard 2.1) are not supported; export "
                                               "as vCard 3.0 or 4.0");
                return;
            }
        Contact& c = m_card.contact;
        const std::string& n = line.name;
        if (n == "VERSION") {
            m_version = line.line;
            if (line.value != "3.0" && line.value != "4.0")
                problem(line.line, "VERSION: expected 3.0 or 4.0, found '" + line.value + "'");
        } else if (n == "FN") {
            c.name = std::string(trim(cl::unescapeText(line.value)));
            m_lines["name"] = line.line;
        } else if (n == "N") {
            const auto parts = cl::splitComponents(line.value);
            // family; given; additional; prefixes; suffixes
            std::string joined;
            for (std::size_t i : {3u, 1u, 2u, 0u, 4u}) {
                if (i < parts.size() && !trim(parts[i]).empty())
                    joined += (joined.empty() ? "" : " ") + std::string(trim(parts[i]));
            }
            m_nameFromN = joined;
            m_nLine = line.line;
        } else if (n == "ORG") {
            const auto parts = cl::splitComponents(line.value);
            m_card.organisation = std::string(trim(parts[0]));
            if (parts.size() > 1) {
                c.department = std::string(trim(parts[1]));
                set("department", line.line);
            }
        } else if (n == "TITLE") {
            c.position = std::string(trim(cl::unescapeText(line.value)));
            set("position", line.line);
        } else if (n == "EMAIL") {
            const std::string email(trim(cl::unescapeText(line.value)));
            if (email.empty())
                return;
            if (!m_card.present.count("email") || (isPreferred(line) && !m_emailPreferred)) {
                c.email = email;
                m_emailPreferred = isPreferred(line);
                set("email", line.line);
            }
        } else if (n == "TEL") {
            std::string number(trim(cl::unescapeText(line.value)));
            if (cl::equalsIgnoreCase(std::string_view(number).substr(0, 4), "tel:"))
                number = number.substr(4);
            if (number.empty())
                return;
            c.phones.push_back({phoneLabel(line, groupLabels), number});
            set("phones", line.line);
        } else if (n == "LANG") {
            if (c.language.empty() || isPreferred(line)) {
                c.language = std::string(trim(cl::unescapeText(line.value)));
                set("language", line.line);
            }
        } else if (n == "NOTE") {
            c.notes = cl::unescapeText(line.value);
            set("notes", line.line);
        } else if (n == "X-KEYSTONE-ROLE") {
            if (auto role = fromKey<DecisionRole>(trim(line.value))) {
                c.role = *role;
                set("role", line.line);
            } else {
                problem(line.line, n + ": expected one of: " + keyList<DecisionRole>() + "; found '" + line.value + "'");
            }
        } else if (n == "X-KEYSTONE-ATTITUDE") {
            if (auto attitude = fromKey<Attitude>(trim(line.value))) {
                c.attitude = *attitude;
                set("attitude", line.line);
            } else {
                problem(line.line, n + ": expected one of: " + keyList<Attitude>() + "; found '" + line.value + "'");
            }
        } else if (n == "X-KEYSTONE-INFLUENCE") {
            const auto v = trim(line.value);
            if (v.size() == 1 && v[0] >= '1' && v[0] <= '5') {
                c.influence = v[0] - '0';
                set("influence", line.line);
            } else {
                problem(line.line, n + ": expected a whole number from 1 to 5, found '" + line.value + "'");
            }
        } else if (n == "X-KEYSTONE-LEFT-COMPANY") {
            c.leftCompany = cl::equalsIgnoreCase(trim(line.value), "true");
            set("left_company", line.line);
        }
        // Everything else (ADR, PHOTO, BDAY, UID, PRODID, CATEGORIES ...) is not kept.
    }

    Card finish()
    {
        Contact& c = m_card.contact;
        if (!m_version)
            problem(m_card.line, "the card has no VERSION (3.0 or 4.0 expected)");
        if (trim(c.name).empty()) {
            c.name = m_nameFromN;
            m_lines["name"] = m_nLine;
        }
        if (trim(c.name).empty()) {
            problem(m_card.line, "the card has neither FN nor N; a contact needs a name");
        } else {
            c.accountId = 1; // a placeholder: the account is chosen by the import
            for (const auto& e : c.validate()) {
                if (e.field == "account")
                    continue;
                const auto it = m_lines.find(e.field);
                problem(it == m_lines.end() ? m_card.line : it->second,
                        std::string(propertyOf(e.field)) + ": " + e.message);
            }
            c.accountId = 0;
        }
        return std::move(m_card);
    }

private:
    void set(const std::string& field, std::size_t line)
    {
        m_card.present.insert(field);
        m_lines.emplace(field, line);
    }

    std::vector<Problem>& m_problems;
    Card m_card;
    std::map<std::string, std::size_t> m_lines; // field -> line, for messages
    std::size_t m_version = 0;
    std::string m_nameFromN;
    std::size_t m_nLine = 0;
    bool m_emailPreferred = false;
};

} // namespace

ReadResult readCards(std::string_view text)
{
    ReadResult result;
    std::vector<cl::ParseProblem> syntax;
    const auto lines = cl::parse(text, syntax);
    for (const auto& p : syntax)
        result.problems.push_back({p.line, p.message});

    std::map<std::string, std::size_t> emails, names; // folded key -> card line
    auto finishCard = [&](CardBuilder& builder) {
        Card card = builder.finish();
        const bool hasEmail = !card.contact.email.empty();
        const std::string key = foldKey(hasEmail ? card.contact.email : card.contact.name);
        if (!key.empty()) {
            auto& seen = hasEmail ? emails : names;
            if (auto [it, added] = seen.emplace(key, card.line); !added)
                result.problems.push_back(
                    {card.line, std::string(hasEmail ? "the e-mail '" + card.contact.email + "'"
                                                     : "the name '" + card.contact.name + "' (without e-mail)") +
                                    " is also on the card at line " + std::to_string(it->second)});
        }
        result.cards.push_back(std::move(card));
    };

    std::size_t i = 0;
    while (i < lines.size()) {
        const auto& line = lines[i];
        if (!(line.name == "BEGIN" && cl::equalsIgnoreCase(line.value, "VCARD"))) {
            result.problems.push_back({line.line, "expected BEGIN:VCARD, found " + line.name});
            ++i;
            continue;
        }
        const std::size_t begin = i++;
        // Labels that Google and Apple put beside a property in the same group.
        std::map<std::string, std::string> groupLabels;
        std::size_t end = begin + 1;
        for (; end < lines.size(); ++end) {
            if (lines[end].name == "END" || lines[end].name == "BEGIN")
                break;
            if (lines[end].name == "X-ABLABEL" && !lines[end].group.empty())
                groupLabels[cl::upperAscii(lines[end].group)] = cleanLabel(cl::unescapeText(lines[end].value));
        }
        CardBuilder builder(line.line, result.problems);
        for (; i < end; ++i)
            builder.add(lines[i], groupLabels);
        if (i >= lines.size()) {
            result.problems.push_back({line.line, "the card has no END:VCARD"});
        } else if (lines[i].name == "BEGIN") {
            result.problems.push_back({lines[i].line, "BEGIN:" + lines[i].value + " before the END:VCARD of the card "
                                                      "at line " + std::to_string(line.line)});
        } else {
            if (!cl::equalsIgnoreCase(lines[i].value, "VCARD"))
                result.problems.push_back({lines[i].line, "expected END:VCARD, found END:" + lines[i].value});
            ++i;
        }
        finishCard(builder);
    }
    if (lines.empty() && result.problems.empty())
        result.problems.push_back({1, "the file holds no vCard (expected BEGIN:VCARD)"});
    // In the order of the file, whatever stage found them.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    return result;
}

} // namespace keystone::vcard
