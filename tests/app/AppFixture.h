// What the app tests set up again and again: the fixed clock, a workspace (or a bare store) in a
// temporary directory of its own, and an account added by name and reference.
#pragma once

#include "TempDir.h"
#include "app/Import.h"
#include "app/Workspace.h"

#include <filesystem>
#include <string>
#include <vector>

namespace keystone::test {

// 2026-11-22 10:00 UTC, the app tests' now.
inline const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

// A workspace on kClock in a temporary directory; TEST_CASE_METHOD gives the test `dir` and `ws`.
struct WorkspaceFixture
{
    TempDir dir;
    Workspace ws{dir / "k.db", kClock};
};

// A workspace whose first manager is Анна Петрова (anna@example.com), where the small books of the
// bulk and dashboard tests start; addManager adds the others, in the order their ids follow.
struct ManagersFixture : WorkspaceFixture
{
    ManagersFixture();
    Manager addManager(const std::string& name, const std::string& email);

    Manager anna{0, "Анна Петрова", "anna@example.com", true};
};

// The same with the store alone: `dir` and `store`.
struct StoreFixture
{
    TempDir dir;
    Store store{dir / "k.db", kClock};
};

// An account named `name` with the reference `ref` (none when empty), added; returned with its id.
Account addAccount(Workspace& ws, const std::string& name, const std::string& ref = {});
Account createAccount(Store& store, const std::string& name, const std::string& ref = {});

// Writes `content` to dir/name as it is (bytes) and returns the path.
std::filesystem::path writeFile(const TempDir& dir, const std::string& name, const std::string& content);

// The import tests' helpers.
// An import of `kind` from `file` with the default options.
ImportOptions options(ImportKind kind, const std::filesystem::path& file);
// Every row of a CSV file, the header first.
std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& path);
// The sum of every sale line's amount.
Money totalOf(Store& store);
// An account that was there before the import under test, with one sale line of 7.00 on 2023-06-01.
void addAccountWithSale(Workspace& ws, const char* name, const char* ref);

} // namespace keystone::test
