// Segmentation snapshots and the bulk reads analytics needs, in SQLite.
#pragma once

#include "domain/ActivityReader.h"
#include "domain/SegmentSnapshotRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteSegmentSnapshotRepository final : public SegmentSnapshotRepository
{
public:
    explicit SqliteSegmentSnapshotRepository(sql::Connection& connection) : m_connection(connection) {}
    void save(SegmentSnapshot& snapshot) override;
    std::vector<SegmentSnapshot> list() const override;
    std::optional<SegmentSnapshot> find(SnapshotId id) const override;
    void remove(SnapshotId id) override;

private:
    sql::Connection& m_connection;
};

class SqliteActivityReader final : public ActivityReader
{
public:
    explicit SqliteActivityReader(sql::Connection& connection) : m_connection(connection) {}
    std::vector<AccountBrief> accounts() const override;
    void forEachPurchaseDay(Date to, const std::function<void(AccountId, Date, Money)>& visit) const override;
    void forEachInteraction(DateTime from, DateTime to,
                            const std::function<void(const InteractionBrief&)>& visit) const override;
    std::map<AccountId, DateTime> lastInteractions(DateTime to) const override;
    std::map<AccountId, std::string> lostTenderWinners() const override;
    std::map<AccountId, std::string> latestOpenFollowUps() const override;

private:
    sql::Connection& m_connection;
};

} // namespace keystone
