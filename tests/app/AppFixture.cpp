#include "AppFixture.h"

#include "interchange/CsvReader.h"

#include <fstream>

namespace keystone::test {

ManagersFixture::ManagersFixture() { ws.store().managers().create(anna); }

Manager ManagersFixture::addManager(const std::string& name, const std::string& email)
{
    Manager m{0, name, email, true};
    ws.store().managers().create(m);
    return m;
}

Account addAccount(Workspace& ws, const std::string& name, const std::string& ref)
{
    Account a;
    a.name = name;
    a.ref = ref;
    return ws.addAccount(a);
}

Account createAccount(Store& store, const std::string& name, const std::string& ref)
{
    Account a;
    a.name = name;
    a.ref = ref;
    store.accounts().create(a);
    return a;
}

std::filesystem::path writeFile(const TempDir& dir, const std::string& name, const std::string& content)
{
    const auto path = dir / name;
    std::ofstream out(path, std::ios::binary);
    out << content;
    return path;
}

ImportOptions options(ImportKind kind, const std::filesystem::path& file)
{
    ImportOptions o;
    o.kind = kind;
    o.file = file;
    return o;
}

std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    csv::CsvReader reader(in, path.string());
    std::vector<std::vector<std::string>> rows{reader.header()};
    csv::Record r;
    while (reader.next(r))
        rows.push_back(r.fields);
    return rows;
}

Money totalOf(Store& store)
{
    Money total;
    store.sales().forEach({}, [&](const SaleLine& l) { total += l.amount; });
    return total;
}

void addAccountWithSale(Workspace& ws, const char* name, const char* ref)
{
    const Account a = addAccount(ws, name, ref);
    SaleLine before;
    before.accountId = a.id;
    before.date = *Date::fromYmd(2023, 6, 1);
    before.amount = Money::fromMajor(7);
    std::vector<SaleLine> lines{before};
    ws.store().sales().add(lines);
}

} // namespace keystone::test
