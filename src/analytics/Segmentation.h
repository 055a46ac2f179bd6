// ABC-XYZ segmentation: pure functions over per-account per-month totals.
//
// ABC ranks accounts by their net measure over a window and cuts the cumulative
// share at a% and b%; XYZ measures how regular each account's purchases are by the
// coefficient of variation of its per-period totals. docs/segmentation.md has the
// method, a worked example and the reasons for the defaults.
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keystone::analytics {

enum class Period { Month, Quarter };
enum class Measure { Revenue, Margin };

std::string_view toKey(Period p);
std::string_view toKey(Measure m);
std::optional<Period> parsePeriod(std::string_view key);
std::optional<Measure> parseMeasure(std::string_view key);

struct SegmentParameters
{
    Date from; // inclusive
    Date to;   // inclusive
    Period period = Period::Month;
    Measure measure = Measure::Revenue;
    // Cumulative-share cut-offs in hundredths of a percent (8000 = 80%), so the
    // boundary comparisons stay exact integers.
    int abcA = 8000;
    int abcB = 9500;
    // Coefficient-of-variation limits as fractions (0.5 = 50%).
    double xyzX = 0.5;
    double xyzY = 1.0;
    // Accounts whose share reaches this (hundredths of a percent) are flagged "anchor".
    int anchorShare = 1000;
};

// The default window: the last twelve full calendar months before `today`.
std::pair<Date, Date> defaultWindow(Date today, int months = 12);

// A calendar period of the window, clipped to it (the first and last may be partial).
struct PeriodSpan
{
    Date from;
    Date to;
    std::string label; // "2024-03" or "2024-Q1"
};
std::vector<PeriodSpan> periodsOf(Date from, Date to, Period period);
// The index of the period holding the month (year * 12 + month - 1), or -1 outside.
int periodIndexOfMonth(const SegmentParameters& p, int month);

// One account as segmentation sees it.
struct SegmentAccount
{
    AccountId id = 0;
    std::string ref;
    std::string name;
    std::optional<Date> firstSale; // the account's first sale ever, for the "new" flag
};

// An account's totals in one calendar month, already clipped to the window by the
// caller (a partial first or last month holds only the days inside the window).
struct MonthAmount
{
    AccountId accountId = 0;
    int month = 0; // year * 12 + month - 1
    Money amount;
    Money margin;
};

enum class Unclassified { NoSales, NetZero, NetNegative };
std::string_view toKey(Unclassified reason);

struct SegmentRow
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    Money total;
    double share = 0;           // of the population's total, 0..1
    double cumulativeShare = 0; // 0..1
    char abc = 'C';
    double mean = 0;   // currency units per period
    double stddev = 0; // population standard deviation, currency units
    double cv = 0;
    char xyz = 'Z';
    bool isNew = false;
    bool isAnchor = false;
    std::vector<Money> periods; // the net measure of each period of the window

    std::string cell() const { return std::string{abc, xyz}; }
    std::string flags() const; // "new;anchor", "" when none
};

struct UnclassifiedRow
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    Money total;
    Unclassified reason = Unclassified::NoSales;
};

struct CellSummary
{
    std::string cell; // "AX"
    int accounts = 0;
    Money total;
    double share = 0;
};

struct SegmentResult
{
    SegmentParameters parameters;
    std::vector<PeriodSpan> periods;
    Money total; // of the classified population
    std::vector<SegmentRow> rows;              // in rank order
    std::vector<UnclassifiedRow> unclassified; // by reference, then name
    std::array<CellSummary, 9> cells;          // AX, AY, AZ, BX ... CZ
};

// Throws std::invalid_argument for an empty window or thresholds out of order.
void validate(const SegmentParameters& p);

// Each account's net measure per period of the window, added up month by month as the totals are
// read (in any order) and then handed to segment(). One flat array of accounts x periods: a row per
// account and month kept until the end, then regrouped per account, was a third of segmenting
// 50,000 accounts x 36 months.
class PeriodTotals
{
public:
    explicit PeriodTotals(const SegmentParameters& parameters, std::size_t expectedAccounts = 0);

    // Adds the month's measure (revenue or margin, as the parameters say) to its period; a month
    // outside the window is ignored. The caller clips a partial first or last month.
    void add(const MonthAmount& m);

    std::size_t periods() const { return m_periods; }
    // The account's totals, periods() of them, or nullptr when none of its months was added.
    const Money* find(AccountId id) const;

private:
    Money* slotsOf(AccountId id);

    Measure m_measure;
    Period m_period;
    int m_firstMonth;
    int m_lastMonth;
    std::size_t m_periods;
    std::unordered_map<AccountId, std::size_t> m_offsets; // into m_values
    std::vector<Money> m_values;
    AccountId m_lastAccount = 0; // months come grouped by account: skip the lookup within a group
    std::size_t m_lastOffset = 0;
};

SegmentResult segment(const SegmentParameters& parameters, const std::vector<SegmentAccount>& accounts,
                      const PeriodTotals& totals);
SegmentResult segment(const SegmentParameters& parameters, const std::vector<SegmentAccount>& accounts,
                      const std::vector<MonthAmount>& amounts);

// Comparing two saved runs: who moved between cells.
struct SnapshotEntry
{
    std::optional<AccountId> accountId;
    std::string ref;
    std::string name;
    std::string cell; // "" when the account was not in that snapshot
};
struct CellMove
{
    std::optional<AccountId> accountId;
    std::string ref;
    std::string name;
    std::string from; // "-" when absent from the first snapshot
    std::string to;   // "-" when absent from the second
};
struct Transition
{
    std::string from;
    std::string to;
    int accounts = 0;
};
struct SnapshotDiff
{
    std::vector<CellMove> moves;         // by from cell, to cell, reference, name
    std::vector<Transition> transitions; // counts per (from, to), same order
    int unchanged = 0;
};
// Accounts are matched by id when both rows have one, else by reference, else by name.
SnapshotDiff diffSnapshots(const std::vector<SnapshotEntry>& before, const std::vector<SnapshotEntry>& after);

} // namespace keystone::analytics
