// Fills a database with a believable company's key accounts: companies from
// several countries with names in Latin, Cyrillic, Hebrew and Chinese script,
// dossiers, people and how they decide, years of interactions, follow-ups (some
// overdue), tenders, competitors, and sales whose patterns fill every ABC-XYZ cell.
// Deterministic for a given seed and as-of date; scales to 50,000 accounts.
#pragma once

#include "app/Random.h"
#include "storage/Store.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>

namespace keystone {

namespace demo {
struct CountryVocabulary;
}

struct DemoOptions
{
    int accounts = 60;
    int years = 3;
    std::uint64_t seed = 1;
};

struct DemoSummary
{
    std::int64_t managers = 0;
    std::int64_t accounts = 0;
    std::int64_t contacts = 0;
    std::int64_t interactions = 0;
    std::int64_t followUps = 0;
    std::int64_t tenders = 0;
    std::int64_t saleLines = 0;
};

class DemoGenerator
{
public:
    // The store's clock gives the as-of date: history ends there.
    DemoGenerator(Store& store, DemoOptions options);
    // All in one transaction: a failed run leaves the database as it was.
    // `progress` is called with (accounts done, accounts total).
    DemoSummary run(const std::function<void(int, int)>& progress = {});

    // The sales behaviour of an account, assigned so that every ABC-XYZ cell fills.
    enum class Tier { Large, Medium, Small, Prospect, Stopped };
    enum class Rhythm { Steady, Fluctuating, Erratic };

private:
    struct Plan;
    void createManagers();
    void createCompetitors();
    Plan planFor(int index);
    Account createAccount(int index, const Plan& plan);
    std::vector<Contact> createContacts(const Account& account, const Plan& plan);
    void writeDossier(const Account& account, const Plan& plan, const std::vector<Contact>& contacts);
    void createSales(const Account& account, const Plan& plan);
    void createInteractions(const Account& account, const Plan& plan, const std::vector<Contact>& contacts);
    void createFollowUps(const Account& account, const Plan& plan);
    void createTenders(const Account& account, const Plan& plan);
    DateTime randomMoment(Date from, Date to);
    std::string uniqueCompanyName(const demo::CountryVocabulary& country, const std::string& city);

    Store& m_store;
    DemoOptions m_options;
    Random m_random;
    Date m_today;
    Date m_start;
    std::vector<ManagerId> m_managers;
    std::vector<CompetitorId> m_competitors;
    DemoSummary m_summary;
    std::int64_t m_documentNumber = 100000;
    std::set<std::string> m_usedNames;
};

} // namespace keystone
