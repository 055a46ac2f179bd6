// The shared background reader of the screens (counts, dashboard, contacts,
// follow-ups): only the answer to the latest request is delivered, nothing after
// stop() (the database was closed), and a failed read says why.
#include "GuiFixture.h"
#include "gui/common/BackgroundReader.h"

#include <QScopeGuard>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using namespace keystone;
using namespace keystone::gui;

TEST_CASE("a background reader delivers the latest answer only, and nothing once stopped", "[background]")
{
    test::DemoDatabase db;
    BackgroundReader reader;
    std::vector<std::int64_t> delivered;
    QStringList failures;
    const auto keep = [&delivered](std::int64_t value) { delivered.push_back(value); };
    const auto fail = [&failures](const QString& message) { failures << message; };
    const auto idle = [&reader] { return QTest::qWaitFor([&reader] { return !reader.isBusy(); }, 30000); };
    const std::int64_t accounts = [&] {
        Workspace direct(db.path(), test::fixedClock());
        return direct.store().counts().accounts;
    }();
    REQUIRE(accounts > 0);
    CHECK_FALSE(reader.isBusy());

    SECTION("read on the worker's own connection")
    {
        reader.request(db.path(), test::fixedClock(),
                       [](Workspace& workspace) { return workspace.store().counts().accounts; }, keep, fail);
        CHECK(reader.isBusy());
        REQUIRE(idle());
        CHECK(delivered == std::vector<std::int64_t>{accounts});
        CHECK(failures.isEmpty());
    }
    SECTION("two requests in a row: only the second is delivered")
    {
        reader.request(db.path(), test::fixedClock(), [](Workspace&) { return std::int64_t{1}; }, keep, fail);
        reader.request(db.path(), test::fixedClock(), [](Workspace&) { return std::int64_t{2}; }, keep, fail);
        REQUIRE(idle());
        CHECK(delivered == std::vector<std::int64_t>{2});
    }
    SECTION("stopped while a read runs (the database is closed): its answer is dropped")
    {
        std::atomic<bool> started = false;
        std::atomic<bool> release = false;
        const auto freeWorker = qScopeGuard([&release] { release = true; }); // even if a REQUIRE fails
        reader.request(
            db.path(), test::fixedClock(),
            [&started, &release](Workspace&) {
                started = true;
                while (!release)
                    QThread::msleep(1);
                return std::int64_t{1};
            },
            keep, fail);
        REQUIRE(QTest::qWaitFor([&started] { return started.load(); }, 30000));
        reader.stop();
        CHECK_FALSE(reader.isBusy());
        release = true;
        // The worker's answers come in order: this one's arrives after the dropped one would have.
        reader.request(db.path(), test::fixedClock(), [](Workspace&) { return std::int64_t{2}; }, keep, fail);
        REQUIRE(idle());
        CHECK(delivered == std::vector<std::int64_t>{2});
    }
    SECTION("a failed read says why, and the next read opens the database afresh")
    {
        reader.request(
            db.path(), test::fixedClock(),
            [](Workspace&) -> std::int64_t { throw std::runtime_error("the disk went away"); }, keep, fail);
        REQUIRE(idle());
        CHECK(failures == QStringList{QStringLiteral("the disk went away")});
        CHECK(delivered.empty());
        reader.request(db.path(), test::fixedClock(),
                       [](Workspace& workspace) { return workspace.store().counts().accounts; }, keep, fail);
        REQUIRE(idle());
        CHECK(delivered == std::vector<std::int64_t>{accounts});
    }
    SECTION("a database that is not there is never created, and said to be missing")
    {
        reader.request(db.dir() / "missing.db", test::fixedClock(),
                       [](Workspace& workspace) { return workspace.store().counts().accounts; }, keep, fail);
        REQUIRE(idle());
        CHECK(delivered.empty());
        CHECK(failures.size() == 1);
        CHECK_FALSE(std::filesystem::exists(db.dir() / "missing.db"));
    }
}

TEST_CASE("requests made while held wait for the release, the latest of each reader only", "[background]")
{
    test::DemoDatabase db;
    BackgroundReader first;
    BackgroundReader second;
    std::vector<std::int64_t> delivered;
    const auto keep = [&delivered](std::int64_t value) { delivered.push_back(value); };
    const auto fail = [](const QString&) {};
    const auto ask = [&](BackgroundReader& reader, std::int64_t value) {
        reader.request(db.path(), test::fixedClock(), [value](Workspace&) { return value; }, keep, fail);
    };

    BackgroundReader::holdRequests();
    BackgroundReader::holdRequests(); // two windows, say
    auto releaseAll = qScopeGuard([] {
        while (BackgroundReader::requestsHeld())
            BackgroundReader::releaseRequests();
    });
    ask(first, 1);
    ask(first, 2); // supersedes 1 before it was ever sent
    ask(second, 3);
    {
        BackgroundReader gone;
        ask(gone, 4); // destroyed while waiting: nothing is sent for it
    }
    BackgroundReader stopped;
    ask(stopped, 5);
    stopped.stop();
    CHECK(first.isBusy());
    CHECK(second.isBusy());
    QTest::qWait(200);
    CHECK(delivered.empty());

    BackgroundReader::releaseRequests();
    CHECK(BackgroundReader::requestsHeld()); // one hold is left
    QTest::qWait(200);
    CHECK(delivered.empty());

    BackgroundReader::releaseRequests();
    CHECK_FALSE(BackgroundReader::requestsHeld());
    REQUIRE(QTest::qWaitFor([&] { return !first.isBusy() && !second.isBusy(); }, 30000));
    std::sort(delivered.begin(), delivered.end());
    CHECK(delivered == std::vector<std::int64_t>{2, 3});
    CHECK_FALSE(stopped.isBusy());

    // Released, a request goes at once.
    ask(first, 6);
    REQUIRE(QTest::qWaitFor([&] { return !first.isBusy(); }, 30000));
    CHECK(delivered.back() == 6);
}
