// The Dashboard tab, the manager's start screen: follow-ups due today or overdue,
// commitments to customers coming due, accounts overdue for contact, accounts at
// risk or lost and recent interactions, for the manager chosen under "Me" (the
// current user when a database opens, gui/team/TeamActions) or everyone. Every row opens its account. What it shows comes
// from the app's Dashboard use case; it is read again whenever it is shown after
// the data changed.
#pragma once

#include "app/Dashboard.h"
#include "gui/dashboard/DashboardSectionModel.h"

#include <QWidget>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QGroupBox;
class QLabel;
class QTableView;

namespace Ui {
class DashboardView;
}

namespace keystone::gui {

class BackgroundReader;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum Section
    {
        FollowUps,
        Commitments,
        OverdueContacts,
        AtRisk,
        RecentInteractions,
        SectionCount
    };

    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    // nullptr when no database is open. The workspace must outlive the view or be unset first.
    void setWorkspace(Workspace* workspace);
    // Reads everything again; throws what the app layer throws. A database with more
    // accounts than the background threshold is read on a worker thread over a read-only
    // connection of its own (the window paints at once, the sections fill when it is done);
    // a smaller one is read here and now.
    void reload();
    void setBackgroundThreshold(std::int64_t accounts) { m_backgroundThreshold = accounts; }
    // True while a background read is under way.
    bool isLoading() const;
    // The data changed: read again now when shown, else the next time it is shown.
    void invalidate();

    // The manager chosen, nothing for everyone.
    std::optional<ManagerId> manager() const;
    // Chooses a manager (nothing: everyone) and reloads; who the user is stays as it is.
    void setManager(std::optional<ManagerId> manager);

    DashboardSectionModel* model(Section section) const { return m_sections[section].model; }
    QTableView* table(Section section) const { return m_sections[section].table; }
    QGroupBox* box(Section section) const { return m_sections[section].box; }
    // The data shown, as the app gathered it.
    const DashboardData& data() const { return m_data; }

signals:
    void accountActivated(keystone::AccountId id);
    // A follow-up's row: open its account with the follow-up selected.
    void followUpActivated(keystone::AccountId account, keystone::FollowUpId followUp);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct SectionParts
    {
        QGroupBox* box = nullptr;
        QTableView* table = nullptr;
        QLabel* empty = nullptr;
        DashboardSectionModel* model = nullptr;
    };

    void fillManagers();
    void reloadReporting();
    void gatherInBackground();
    using SectionItems = std::array<std::vector<DashboardSectionModel::Item>, SectionCount>;
    // The rows of each section for `data`, texts and all: built on the worker with the data when
    // the database is large, since at 50,000 accounts that is some 100,000 rows.
    static SectionItems itemsOf(const DashboardData& data);
    // The data for `manager` (nothing: everyone) and its rows, here or on the worker.
    static std::pair<DashboardData, SectionItems> gather(Workspace& workspace, std::optional<ManagerId> manager);
    void showData(DashboardData data, SectionItems items);
    void showSection(Section section, const QString& title, const QString& empty);
    void activate(const QModelIndex& index);

    std::unique_ptr<Ui::DashboardView> m_ui;
    Workspace* m_workspace = nullptr;
    SectionParts m_sections[SectionCount];
    DashboardData m_data;
    bool m_stale = false;
    BackgroundReader* m_reader; // the read of a large database
    std::int64_t m_backgroundThreshold = 5000;
};

} // namespace keystone::gui
