#include "app/DemoGenerator.h"

#include "app/DemoVocabulary.h"

#include <algorithm>
#include <cmath>

namespace keystone {

using demo::CountryVocabulary;

struct DemoGenerator::Plan
{
    Tier tier = Tier::Small;
    Rhythm rhythm = Rhythm::Steady;
    const CountryVocabulary* country = nullptr;
    std::string industry;
    std::string city;
    double monthlyBase = 0; // currency units
    int activeFrom = 0;     // first month index with sales
    int activeTo = 0;       // last month index with sales
    bool expert = false;
};

namespace {

std::string pad(std::int64_t n, int width)
{
    std::string s = std::to_string(n);
    return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

std::string familyName(const CountryVocabulary& c, const demo::Person& p)
{
    if (p.female && !c.femaleFamilies.empty())
        return p.family + c.femaleFamilies.front();
    return p.family;
}

std::string fullName(const CountryVocabulary& c, const demo::Person& p)
{
    if (c.language == "zh")
        return familyName(c, p) + p.given;
    return p.given + " " + familyName(c, p);
}

Money cents(double units) { return Money::fromUnits(static_cast<std::int64_t>(std::llround(units * 100)) * 100); }

} // namespace

DemoGenerator::DemoGenerator(Store& store, DemoOptions options)
    : m_store(store), m_options(options), m_random(options.seed * 0x2545F4914F6CDD1Dull + 7),
      m_today(store.clock().today()), m_start(m_today.addMonths(-12 * std::max(1, options.years)).firstOfMonth())
{
}

DemoSummary DemoGenerator::run(const std::function<void(int, int)>& progress)
{
    auto tx = m_store.transaction();
    createManagers();
    createCompetitors();
    for (int i = 0; i < m_options.accounts; ++i) {
        const Plan plan = planFor(i);
        const Account account = createAccount(i, plan);
        const auto contacts = createContacts(account, plan);
        writeDossier(account, plan, contacts);
        createSales(account, plan);
        createInteractions(account, plan, contacts);
        createFollowUps(account, plan);
        createTenders(account, plan);
        if (progress && (i % 100 == 99 || i + 1 == m_options.accounts))
            progress(i + 1, m_options.accounts);
    }
    tx.commit();
    return m_summary;
}

void DemoGenerator::createManagers()
{
    const struct
    {
        const char* name;
        const char* email;
        bool active;
    } people[] = {{"Анна Петрова", "anna.petrova@keystone.example", true},
                  {"Laura Martín", "laura.martin@keystone.example", true},
                  {"דוד לוי", "david.levi@keystone.example", true},
                  {"Wei Zhang", "wei.zhang@keystone.example", true},
                  {"Sarah Miller", "sarah.miller@keystone.example", true},
                  {"Иван Соколов", "ivan.sokolov@keystone.example", false}}; // has left: hand his accounts over
    for (const auto& p : people) {
        if (auto existing = m_store.managers().findByEmail(p.email)) {
            m_managers.push_back(existing->id);
            continue;
        }
        Manager m{0, p.name, p.email, p.active};
        m_store.managers().create(m);
        m_managers.push_back(m.id);
        ++m_summary.managers;
    }
}

void DemoGenerator::createCompetitors()
{
    for (const auto& name : demo::competitorNames()) {
        if (auto existing = m_store.competitors().findByName(name)) {
            m_competitors.push_back(existing->id);
            continue;
        }
        Competitor c{0, name, "", ""};
        m_store.competitors().create(c);
        m_competitors.push_back(c.id);
    }
}

DemoGenerator::Plan DemoGenerator::planFor(int index)
{
    // Out of every 20 accounts: 3 large, 6 medium, 8 small, 1 prospect, 2 that
    // stopped buying; rhythms rotate inside each tier so every cell has members.
    static constexpr Tier kTiers[20] = {Tier::Large,  Tier::Medium, Tier::Small,  Tier::Small,    Tier::Medium,
                                        Tier::Large,  Tier::Small,  Tier::Medium, Tier::Small,    Tier::Stopped,
                                        Tier::Large,  Tier::Medium, Tier::Small,  Tier::Small,    Tier::Medium,
                                        Tier::Small,  Tier::Medium, Tier::Small,  Tier::Prospect, Tier::Stopped};
    static constexpr Rhythm kRhythms[3] = {Rhythm::Steady, Rhythm::Fluctuating, Rhythm::Erratic};
    Plan p;
    p.tier = kTiers[index % 20];
    int sameTier = 0;
    for (int i = 0; i < index % 20; ++i)
        sameTier += kTiers[i] == p.tier ? 1 : 0;
    p.rhythm = kRhythms[(sameTier + index / 20) % 3];
    const auto& all = demo::countries();
    p.country = &all[static_cast<std::size_t>(m_random.between(0, static_cast<std::int64_t>(all.size()) - 1))];
    p.industry = m_random.pick(demo::industries());
    p.city = m_random.pick(p.country->cities);
    switch (p.tier) {
    case Tier::Large:
        p.monthlyBase = 20000 + m_random.uniform() * 40000;
        break;
    case Tier::Medium:
        p.monthlyBase = 2000 + m_random.uniform() * 4000;
        break;
    case Tier::Small:
    case Tier::Stopped:
        p.monthlyBase = 100 + m_random.uniform() * 500;
        break;
    case Tier::Prospect:
        p.monthlyBase = 0;
        break;
    }
    const int first = monthIndex(m_start);
    const int last = monthIndex(m_today) - 1; // the current month is not over
    p.activeFrom = first;
    p.activeTo = last;
    if (index % 7 == 3 && p.tier != Tier::Stopped) // a newer customer: its first sale falls inside the analysis window
        p.activeFrom = last - static_cast<int>(m_random.between(4, 9));
    if (p.tier == Tier::Stopped)
        p.activeTo = last - static_cast<int>(m_random.between(7, 14));
    p.expert = index % 6 == 1;
    return p;
}

Account DemoGenerator::createAccount(int index, const Plan& plan)
{
    const auto& c = *plan.country;
    Account a;
    a.name = uniqueCompanyName(c, plan.city);
    a.ref = "C" + pad(10001 + index, 6);
    a.legalName = a.name;
    a.industry = plan.industry;
    a.country = c.country;
    a.region = plan.city;
    a.website = "https://www.example-" + pad(index + 1, 5) + "." + (c.language == "en-GB" ? "co.uk" : "com");
    a.headcount = static_cast<int>(plan.tier == Tier::Large ? m_random.between(800, 12000)
                                                            : m_random.between(20, 900));
    a.ownerId = m_managers[static_cast<std::size_t>(index) % m_managers.size()];
    switch (plan.tier) {
    case Tier::Prospect:
        a.status = AccountStatus::Prospect;
        a.kinds.set(KeyAccountKind::Prospective);
        a.qualification.need = true;
        a.qualification.solvency = m_random.chance(0.7);
        if (m_random.chance(0.5))
            a.qualification.authority = m_random.chance(0.5);
        break;
    case Tier::Stopped:
        a.status = plan.activeTo < monthIndex(m_today) - 6 ? AccountStatus::Lost : AccountStatus::AtRisk;
        break;
    default:
        a.status = index % 41 == 5 ? AccountStatus::WonBack : AccountStatus::Active;
        break;
    }
    if (plan.tier == Tier::Large && m_random.chance(0.4))
        a.kinds.set(KeyAccountKind::ImageMaker);
    if (plan.expert)
        a.kinds.set(KeyAccountKind::Expert);
    if (m_random.chance(0.3))
        a.tags.push_back(plan.tier == Tier::Large ? "strategic" : "regional");
    if (m_random.chance(0.2))
        a.tags.push_back("framework-contract");
    m_store.accounts().create(a);
    ++m_summary.accounts;
    return a;
}

std::vector<Contact> DemoGenerator::createContacts(const Account& account, const Plan& plan)
{
    const auto& c = *plan.country;
    static constexpr DecisionRole kRoles[] = {DecisionRole::DecisionMaker, DecisionRole::EconomicBuyer,
                                              DecisionRole::TechnicalBuyer, DecisionRole::Influencer,
                                              DecisionRole::Gatekeeper,    DecisionRole::User,
                                              DecisionRole::Champion,      DecisionRole::Blocker};
    const int count = static_cast<int>(m_random.between(3, 8));
    std::vector<Contact> contacts;
    std::vector<std::size_t> order(c.people.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[static_cast<std::size_t>(m_random.between(0, static_cast<std::int64_t>(i) - 1))]);
    for (int i = 0; i < count; ++i) {
        const auto& person = c.people[order[static_cast<std::size_t>(i) % order.size()]];
        Contact k;
        k.accountId = account.id;
        k.name = fullName(c, person);
        if (i >= static_cast<int>(order.size()))
            k.name += " (" + std::to_string(i / static_cast<int>(order.size()) + 1) + ")";
        const std::size_t job = static_cast<std::size_t>(i) % demo::positions().size();
        k.position = demo::positions()[job];
        k.department = demo::departments()[job];
        k.email = "contact" + std::to_string(i + 1) + "@" + account.website.substr(12);
        k.phones = {{"work", "+" + std::to_string(m_random.between(30, 99)) + " " + pad(m_random.between(0, 9999999), 7)}};
        if (m_random.chance(0.5))
            k.phones.push_back({"mobile", "+" + std::to_string(m_random.between(30, 99)) + " " +
                                              pad(m_random.between(0, 9999999), 7)});
        k.language = c.language;
        k.role = kRoles[std::min<std::size_t>(static_cast<std::size_t>(i), 7)];
        k.attitude = k.role == DecisionRole::Blocker ? Attitude::Opponent
                     : k.role == DecisionRole::Champion ? Attitude::Supporter
                     : m_random.chance(0.5)            ? Attitude::Supporter
                                                       : Attitude::Neutral;
        k.influence = i == 0 ? 5 : static_cast<int>(m_random.between(1, 4));
        if (i > 0) // the decision maker heads the chart; the rest report to them or to the next level
            k.reportsTo = contacts[i < 3 ? 0 : static_cast<std::size_t>(m_random.between(1, 2))].id;
        k.leftCompany = i > 2 && m_random.chance(0.08);
        m_store.contacts().create(k);
        contacts.push_back(k);
        ++m_summary.contacts;
    }
    return contacts;
}

void DemoGenerator::writeDossier(const Account& account, const Plan& plan, const std::vector<Contact>& contacts)
{
    Dossier d = m_store.accounts().dossier(account.id);
    const auto& decider = contacts.front();
    const auto& buyer = contacts.size() > 1 ? contacts[1] : decider;
    const int founded = static_cast<int>(m_random.between(1952, 2012));
    const std::string need = m_random.pick(demo::productNeeds());
    // "a company in the ... industry" needs no a/an for the industry's first letter.
    d.description = account.name + " is a company in the " + plan.industry + " industry, based in " + plan.city +
                    ", " + plan.country->country + ", with about " + std::to_string(account.headcount.value_or(0)) +
                    " employees.";
    d.history = "Founded in " + std::to_string(founded) + ". Our customer since " + std::to_string(m_start.year()) +
                (plan.tier == Tier::Large ? ", first through a framework contract won in a tender." : ".");
    d.organisation = decider.name + " (" + decider.position + ") leads the company; purchasing is run by " +
                     buyer.name + ".";
    d.decisionProcess = decider.name + " signs every contract above 50,000; " + buyer.name +
                        " prepares the shortlist. Technical approval comes from engineering before any price talk.";
    // Dossiers are filled to different degrees, as in real life: some sections stay empty.
    if (plan.tier != Tier::Small || m_random.chance(0.5))
        d.needs = "Asks for " + need + ".";
    if (plan.tier == Tier::Large || m_random.chance(0.3)) {
        d.strategy = "Plans to expand production by " + std::to_string(m_random.between(10, 40)) +
                     "% over the next three years and to consolidate suppliers.";
        d.environment = "Sells mainly in " + plan.country->country +
                        "; partners with regional distributors. Competitors court its procurement team.";
    }
    if (plan.tier == Tier::Large || plan.tier == Tier::Stopped || m_random.chance(0.25))
        d.relationshipNotes = "Delivery dates promised to this customer must be confirmed in writing; a late "
                              "notice once nearly cost us the contract.";
    m_store.accounts().saveDossier(d);
}

void DemoGenerator::createSales(const Account& account, const Plan& plan)
{
    if (plan.tier == Tier::Prospect)
        return;
    std::vector<SaleLine> lines;
    // Erratic buyers order in a few random months; fluctuating ones in two months
    // of three or with a strong season; steady ones every month.
    const int phase = static_cast<int>(m_random.between(0, 11));
    const bool seasonal = m_random.chance(0.5);
    for (int month = plan.activeFrom; month <= plan.activeTo; ++month) {
        double amount = plan.monthlyBase * (1.0 + 0.15 * m_random.normal());
        switch (plan.rhythm) {
        case Rhythm::Steady:
            break;
        case Rhythm::Fluctuating:
            if (seasonal)
                amount *= 1.0 + 0.9 * std::sin(6.283185307179586 * (month + phase) / 12.0);
            else if ((month + phase) % 3 == 0)
                amount = 0;
            break;
        case Rhythm::Erratic:
            amount = m_random.chance(1.0 / 6.0) ? amount * 5.0 : 0;
            break;
        }
        if (amount < 1)
            continue;
        const int lineCount = static_cast<int>(m_random.between(1, plan.tier == Tier::Large ? 6 : 3));
        const Date first = monthStart(month);
        const int days = Date::daysInMonth(first.year(), first.month());
        const std::string document = "INV-" + std::to_string(++m_documentNumber);
        for (int k = 0; k < lineCount; ++k) {
            SaleLine l;
            l.accountId = account.id;
            l.date = first.addDays(static_cast<std::int32_t>(m_random.between(0, days - 1)));
            if (l.date >= m_today)
                l.date = m_today.addDays(-1);
            const double share = amount / lineCount;
            l.quantity = m_random.between(1, 40) * 1000;
            l.amount = cents(share);
            l.margin = cents(share * (0.18 + 0.17 * m_random.uniform()));
            l.product = "P-" + std::to_string(m_random.between(1001, 1240));
            l.document = document;
            lines.push_back(std::move(l));
        }
        if (m_random.chance(0.03)) { // a return
            SaleLine r = lines.back();
            r.amount = -cents(amount / lineCount / 2);
            r.margin = -cents(amount / lineCount / 10);
            r.quantity = -*r.quantity / 2 - 1000;
            r.document = "CR-" + std::to_string(m_documentNumber);
            lines.push_back(std::move(r));
        }
    }
    m_store.sales().add(lines);
    m_summary.saleLines += static_cast<std::int64_t>(lines.size());
}

std::string DemoGenerator::uniqueCompanyName(const CountryVocabulary& c, const std::string& city)
{
    const std::string space = c.language == "zh" ? "" : " ";
    auto compose = [&](const std::string& root, const std::string& form) {
        return c.formFirst ? form + " «" + root + "»" : root + space + form;
    };
    // A fresh root and form first; then the same company's branch in a city; then a number.
    const std::size_t start = static_cast<std::size_t>(m_random.between(0, static_cast<std::int64_t>(c.companyRoots.size()) - 1));
    for (std::size_t k = 0; k < c.companyRoots.size(); ++k) {
        const std::string name = compose(c.companyRoots[(start + k) % c.companyRoots.size()], m_random.pick(c.companyForms));
        if (m_usedNames.insert(name).second)
            return name;
    }
    const std::string base = c.language == "zh" ? compose(c.companyRoots[start], c.companyForms.front()) + city + "分公司"
                                                : compose(c.companyRoots[start], c.companyForms.front()) + ", " + city;
    std::string name = base;
    for (int n = 2; !m_usedNames.insert(name).second; ++n)
        name = base + " " + std::to_string(n);
    return name;
}

DateTime DemoGenerator::randomMoment(Date from, Date to)
{
    const Date day = from.addDays(static_cast<std::int32_t>(m_random.between(0, std::max(0, to - from))));
    // Working hours, in UTC: good enough for a demo across time zones.
    return DateTime::fromDate(day, static_cast<int>(m_random.between(7, 16)), static_cast<int>(m_random.between(0, 3)) * 15);
}

void DemoGenerator::createInteractions(const Account& account, const Plan& plan, const std::vector<Contact>& contacts)
{
    struct Template
    {
        InteractionKind kind;
        const char* subject;
        const char* summary;
    };
    static const Template kTemplates[] = {
        {InteractionKind::Call, "Follow-up call on the offer", "Went through the open questions on the offer."},
        {InteractionKind::Meeting, "Quarterly business review", "Reviewed volumes, service levels and next quarter's plan."},
        {InteractionKind::Visit, "Site visit", "Visited the plant; saw the new line and met the shift leads."},
        {InteractionKind::Email, "Price list for next year", "Sent the new price list with volume discounts."},
        {InteractionKind::Demo, "Product demonstration", "Demonstrated the new controller to engineering."},
        {InteractionKind::Training, "Operator training", "Trained six operators on maintenance routines."},
        {InteractionKind::Complaint, "Late delivery", "Order arrived four days late; customer asked for a root cause."},
        {InteractionKind::Feedback, "Feedback on service", "Praised the hotline, asked for faster spare parts."},
        {InteractionKind::Negotiation, "Framework contract negotiation", "Negotiated prices and payment terms."},
        {InteractionKind::ModificationRequest, "Modification request", "Asked for a modified housing for wet areas."},
        {InteractionKind::BetaTest, "Beta test of the new firmware", "Agreed to run the beta on two lines."},
    };
    static const Sentiment kSentiments[] = {Sentiment::Positive, Sentiment::Positive, Sentiment::Neutral,
                                            Sentiment::Neutral, Sentiment::Negative};
    const int perYear = plan.tier == Tier::Large ? 24 : plan.tier == Tier::Medium ? 12 : 5;
    const Date from = monthStart(std::min(plan.activeFrom, monthIndex(m_today) - 1));
    const Date until = plan.tier == Tier::Stopped ? monthStart(plan.activeTo + 2) : m_today.addDays(-1);
    const int count = std::max(1, perYear * std::max(1, until - from) / 365);
    for (int n = 0; n < count; ++n) {
        const std::size_t maxTemplate = plan.expert ? std::size(kTemplates) : std::size(kTemplates) - 2;
        const auto& t = kTemplates[static_cast<std::size_t>(m_random.between(0, static_cast<std::int64_t>(maxTemplate) - 1))];
        Interaction i;
        i.accountId = account.id;
        i.managerId = account.ownerId;
        i.kind = t.kind;
        i.occurredAt = randomMoment(from, until);
        i.subject = t.subject;
        i.summary = t.summary;
        i.sentiment = t.kind == InteractionKind::Complaint ? Sentiment::Negative : m_random.pick(kSentiments);
        i.contactIds.push_back(contacts[static_cast<std::size_t>(m_random.between(0, static_cast<std::int64_t>(contacts.size()) - 1))].id);
        if (m_random.chance(0.3) && contacts.size() > 1 && contacts[1].id != i.contactIds[0])
            i.contactIds.push_back(contacts[1].id);
        m_store.interactions().create(i);
        ++m_summary.interactions;
    }
    // Planned meetings ahead, for the calendar.
    if (plan.tier == Tier::Large || plan.tier == Tier::Medium) {
        Interaction next;
        next.accountId = account.id;
        next.managerId = account.ownerId;
        next.kind = InteractionKind::Meeting;
        next.occurredAt = randomMoment(m_today.addDays(3), m_today.addDays(40));
        next.subject = "Planned: account review with " + contacts.front().name;
        next.contactIds = {contacts.front().id};
        m_store.interactions().create(next);
        ++m_summary.interactions;
    }
}

void DemoGenerator::createFollowUps(const Account& account, const Plan& plan)
{
    static const char* kTasks[] = {"Send the revised offer", "Call about the framework contract",
                                   "Prepare the quarterly review", "Share the new catalogue",
                                   "Check payment of the last invoice"};
    static const char* kCommitments[] = {"Confirm the delivery date of the next order",
                                         "Deliver the spare-parts kit", "Send the test report",
                                         "Provide the certificate of conformity"};
    const int open = plan.tier == Tier::Prospect ? 2 : static_cast<int>(m_random.between(1, 3));
    for (int n = 0; n < open + 2; ++n) {
        FollowUp f;
        f.accountId = account.id;
        f.ownerId = account.ownerId;
        f.kind = m_random.chance(0.35) ? FollowUpKind::Commitment : FollowUpKind::Task;
        f.title = f.kind == FollowUpKind::Commitment ? m_random.pick(kCommitments) : m_random.pick(kTasks);
        if (n < open) {
            // About a third of the open ones are overdue.
            f.dueDate = m_random.chance(0.35) ? m_today.addDays(-static_cast<std::int32_t>(m_random.between(1, 20)))
                                              : m_today.addDays(static_cast<std::int32_t>(m_random.between(0, 30)));
        } else {
            f.dueDate = m_today.addDays(-static_cast<std::int32_t>(m_random.between(21, 300)));
            f.done = true;
            f.doneAt = DateTime::fromDate(f.dueDate.addDays(-1), 15);
        }
        m_store.followUps().create(f);
        ++m_summary.followUps;
    }
}

void DemoGenerator::createTenders(const Account& account, const Plan& plan)
{
    if (plan.tier == Tier::Small || plan.tier == Tier::Prospect)
        return;
    static const char* kWonReasons[] = {"Best total cost of ownership", "Shortest delivery time",
                                        "Technical fit and local service"};
    static const char* kLostReasons[] = {"Price above the winner's", "Delivery time too long",
                                         "Missing certification at the time"};
    const int count = static_cast<int>(m_random.between(1, 3));
    for (int n = 0; n < count; ++n) {
        Tender t;
        t.accountId = account.id;
        t.date = m_today.addDays(-static_cast<std::int32_t>(m_random.between(10, 700)));
        t.title = "Supply tender " + std::to_string(t.date.year()) + "-" + std::to_string(n + 1);
        t.value = cents(plan.monthlyBase * static_cast<double>(m_random.between(3, 12)));
        const double roll = m_random.uniform();
        if (roll < 0.5) {
            t.outcome = TenderOutcome::Won;
            t.reason = m_random.pick(kWonReasons);
        } else if (roll < 0.85) {
            t.outcome = TenderOutcome::Lost;
            t.reason = m_random.pick(kLostReasons);
            t.winnerId = m_random.pick(m_competitors);
        } else {
            t.outcome = t.date > m_today.addDays(-60) ? TenderOutcome::Open : TenderOutcome::Withdrawn;
            if (t.outcome == TenderOutcome::Withdrawn)
                t.reason = "Customer postponed the project";
        }
        m_store.tenders().create(t);
        ++m_summary.tenders;
        if (t.winnerId) {
            CompetitorPresence p;
            p.accountId = account.id;
            p.competitorId = *t.winnerId;
            p.products = "Competing supply";
            p.strengths = t.reason == std::string("Price above the winner's") ? "Aggressive pricing" : "Fast delivery";
            p.threat = plan.tier == Tier::Stopped ? ThreatLevel::High : ThreatLevel::Medium;
            m_store.competitors().savePresence(p);
        }
    }
}

} // namespace keystone
