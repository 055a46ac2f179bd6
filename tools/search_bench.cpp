// keystone_bench_search: the full-text search measure of scripts/bench (docs/performance.md), taken
// in process through the same call the window's global search makes (Workspace::search, 50 hits).
//
//   keystone_bench_search --db FILE [--runs N] WORD...
//
// The database is opened once, read-only, as the window keeps it open; each run searches every
// WORD once, in order, and prints one line per search:
//   search_us WORD N C H  N wall time and C the thread's CPU time in microseconds, H the hits
// The first search of the first run also pays for SQLite reading the index's pages into its
// cache (the file itself is in the operating system's cache); the median over all runs is the
// figure the bench reports. Not a test: it asserts nothing about the times or the hits (a small
// database may not hold every word); it exits non-zero only when the database cannot be searched.
#include "app/Workspace.h"
#include "domain/Date.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <string>
#include <vector>

using namespace keystone;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: keystone_bench_search --db FILE [--runs N] WORD...\n");
    return 2;
}

long long threadCpuMicroseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<long long>(t.tv_sec) * 1'000'000 + t.tv_nsec / 1000;
}

} // namespace

int main(int argc, char** argv)
{
    std::string db;
    int runs = 3;
    std::vector<std::string> words;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (a == "--runs" && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else if (a.rfind("--", 0) == 0)
            return usage();
        else
            words.push_back(a);
    }
    if (db.empty() || runs < 1 || words.empty())
        return usage();
    try {
        const SystemClock clock;
        OpenOptions options;
        options.readOnly = true;
        Workspace ws(db, clock, options);
        for (int run = 0; run < runs; ++run) {
            for (const auto& word : words) {
                const auto cpu = threadCpuMicroseconds();
                const auto start = std::chrono::steady_clock::now();
                const auto hits = ws.search(word, 50);
                const auto wall = std::chrono::duration_cast<std::chrono::microseconds>(
                                      std::chrono::steady_clock::now() - start)
                                      .count();
                std::printf("search_us %s %lld %lld %zu\n", word.c_str(), static_cast<long long>(wall),
                            threadCpuMicroseconds() - cpu, hits.size());
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "keystone_bench_search: %s\n", e.what());
        return 1;
    }
    return 0;
}
