// keystone_bench_data: writes the sale lines of scripts/bench as CSV, deterministically for a seed.
//
//   keystone_bench_data --lines N --accounts N [--seed S] [--from YYYY-MM-DD] [--months M] -o FILE
//
// Columns: account,date,product,document,amount. Lines are in date order, spread over the months
// from --from (default 2023-01-01, 36 months). Accounts are skewed like real books: the account of a
// line is floor(accounts * u^3) for a uniform u, so the first 1% of the references take about a fifth
// of the lines and the last ones a few dozen each; every account has at least one line (when there
// are at least as many lines as accounts). A third of the accounts buy only in some months,
// so every XYZ class is populated. Amounts are in currency units with two decimals. Not installed.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

// splitmix64: small, fast, and the same sequence on every platform.
struct Rng
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    Rng r{a * 0x100000001B3ULL ^ b};
    return r.next();
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int daysIn(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

[[noreturn]] void usage(const char* why)
{
    std::fprintf(stderr, "keystone_bench_data: %s\nusage: keystone_bench_data --lines N --accounts N [--seed S] "
                         "[--from YYYY-MM-DD] [--months M] -o FILE\n", why);
    std::exit(2);
}

long long number(const char* text)
{
    long long v = 0;
    const char* end = text + std::strlen(text);
    auto [p, ec] = std::from_chars(text, end, v);
    if (ec != std::errc() || p != end || v < 0)
        usage("expected a non-negative number");
    return v;
}

void append(std::string& out, long long v)
{
    char buf[24];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out.append(buf, p);
}

void appendPadded(std::string& out, long long v, int width)
{
    char buf[24];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    for (long n = p - buf; n < width; ++n)
        out += '0';
    out.append(buf, p);
}

} // namespace

int main(int argc, char** argv)
{
    long long lines = -1, accounts = -1, months = 36;
    std::uint64_t seed = 1;
    int fromYear = 2023, fromMonth = 1;
    const char* output = nullptr;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (i + 1 >= argc)
            usage("every option needs a value");
        const char* v = argv[++i];
        if (a == "--lines")
            lines = number(v);
        else if (a == "--accounts")
            accounts = number(v);
        else if (a == "--seed")
            seed = static_cast<std::uint64_t>(number(v));
        else if (a == "--months")
            months = number(v);
        else if (a == "--from") {
            if (std::sscanf(v, "%4d-%2d", &fromYear, &fromMonth) != 2 || fromMonth < 1 || fromMonth > 12)
                usage("--from expects YYYY-MM-DD");
        } else if (a == "-o")
            output = v;
        else
            usage("unknown option");
    }
    if (lines < 0 || accounts < 1 || months < 1 || !output)
        usage("--lines, --accounts and -o are required");

    // Each account: a typical line amount (larger accounts buy larger lines) and, for a third of them,
    // the months in which they buy at all.
    Rng rng{seed};
    std::vector<double> typical(static_cast<std::size_t>(accounts));
    for (long long a = 0; a < accounts; ++a) {
        double rank = static_cast<double>(a + 1) / static_cast<double>(accounts);
        typical[static_cast<std::size_t>(a)] = 40.0 + 400.0 * (1.0 - std::cbrt(rank)) + 60.0 * rng.uniform();
    }
    auto buysIn = [&](long long account, long long month) {
        if (account % 3 != 2)
            return true;
        return mix(seed ^ static_cast<std::uint64_t>(account), static_cast<std::uint64_t>(month)) % 4 == 0;
    };

    auto drawAccount = [&](long long month) {
        for (int attempt = 0;; ++attempt) {
            double u = rng.uniform();
            auto account = std::min(accounts - 1, static_cast<long long>(static_cast<double>(accounts) * u * u * u));
            if (buysIn(account, month) || attempt == 8)
                return account;
        }
    };

    std::FILE* out = std::fopen(output, "wb");
    if (!out) {
        std::perror(output);
        return 1;
    }
    std::string buffer;
    buffer.reserve(1 << 20);
    buffer += "account,date,product,document,amount\n";

    // Lines per month: equal shares, the remainder to the first months.
    long long written = 0;
    long long document = 1000000;
    for (long long mi = 0; mi < months; ++mi) {
        int y = fromYear + static_cast<int>((fromMonth - 1 + mi) / 12);
        int m = static_cast<int>((fromMonth - 1 + mi) % 12) + 1;
        long long inMonth = lines / months + (mi < lines % months ? 1 : 0);
        int days = daysIn(y, m);
        // Every account appears: the accounts a with a % months == mi get one line each this month,
        // spread evenly over it; the other lines draw their account from the skewed distribution.
        long long own = (accounts - mi + months - 1) / months;
        long long stride = own > 0 ? std::max(1LL, inMonth / own) : 0;
        for (long long k = 0; k < inMonth; ++k) {
            int day = 1 + static_cast<int>(k * days / inMonth); // dates ascend within the month
            long long account;
            if (stride > 0 && k % stride == 0 && k / stride < own)
                account = mi + (k / stride) * months;
            else
                account = drawAccount(mi);
            // A rough log-normal around the account's typical amount: the product of three uniforms.
            double f = (0.3 + 1.4 * rng.uniform()) * (0.3 + 1.4 * rng.uniform()) * (0.5 + rng.uniform());
            long long cents = static_cast<long long>(typical[static_cast<std::size_t>(account)] * f * 100.0) + 1;
            if (rng.next() % 100 == 0)
                cents = -cents / 3; // a return now and then
            if (k % 4 == 0)
                ++document;

            buffer += 'B';
            appendPadded(buffer, account + 1, 6);
            buffer += ',';
            append(buffer, y);
            buffer += '-';
            appendPadded(buffer, m, 2);
            buffer += '-';
            appendPadded(buffer, day, 2);
            buffer += ",P";
            appendPadded(buffer, static_cast<long long>(rng.next() % 5000), 4);
            buffer += ",D";
            append(buffer, document);
            buffer += ',';
            if (cents < 0) {
                buffer += '-';
                cents = -cents;
            }
            append(buffer, cents / 100);
            buffer += '.';
            appendPadded(buffer, cents % 100, 2);
            buffer += '\n';
            ++written;
            if (buffer.size() > (1 << 20) - 128) {
                std::fwrite(buffer.data(), 1, buffer.size(), out);
                buffer.clear();
            }
        }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    if (std::fclose(out) != 0) {
        std::perror(output);
        return 1;
    }
    std::fprintf(stderr, "keystone_bench_data: %lld sale lines, %lld accounts, %lld months -> %s\n", written,
                 accounts, months, output);
    return 0;
}
