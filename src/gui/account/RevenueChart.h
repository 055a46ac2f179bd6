// An account's revenue as bars by month or by quarter (Qt Charts), from the
// monthly totals the store keeps. The buckets are exact sums; the bars are
// only drawn from them.
#pragma once

#include "app/AccountEditing.h"

#include <QWidget>
#include <optional>
#include <vector>

class QChartView;

namespace keystone::gui {

class RevenueChart : public QWidget
{
    Q_OBJECT
public:
    enum class Period
    {
        Month,
        Quarter
    };
    struct Bucket
    {
        int first = 0; // the first month of the bucket, as monthIndex()
        QString label;
        Money amount;
    };

    explicit RevenueChart(QWidget* parent = nullptr);
    // Every month (or quarter) from the first sale to the last, empty ones too; with `lastMonths`,
    // only the months up to `today`'s and that many before it.
    void setMonths(std::vector<AccountMonth> months, Period period, std::optional<int> lastMonths = std::nullopt,
                   std::optional<Date> today = std::nullopt);
    void setCompact(bool compact);
    const std::vector<Bucket>& buckets() const { return m_buckets; }

private:
    void redraw();

    QChartView* m_view;
    std::vector<Bucket> m_buckets;
    bool m_compact = false;
};

} // namespace keystone::gui
