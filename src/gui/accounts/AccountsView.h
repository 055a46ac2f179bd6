// The accounts list screen: filter field, status and manager choices, the table,
// "export this list", and the empty state of a new database.
#pragma once

#include "app/Columns.h"
#include "domain/Ids.h"
#include "interchange/CsvWriter.h"

#include <QWidget>
#include <filesystem>
#include <memory>

class QTimer;

namespace Ui {
class AccountsView;
}

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class AccountFilterModel;
class AccountTableModel;

class AccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);
    ~AccountsView() override;

    // Loads the list from `workspace` (nullptr: nothing open). Must outlive the view's use of it.
    void setWorkspace(Workspace* workspace);
    void reload();

    AccountFilterModel* filterModel() const { return m_filter; }
    AccountTableModel* accountModel() const { return m_model; }
    // The rows shown, in the order shown, with the columns shown; headers are the
    // column keys of app/AccountColumns.h.
    Table visibleTable() const;
    void exportVisible(const std::filesystem::path& file, const csv::WriterOptions& options) const;

public slots:
    // Asks for a file and options, then writes the visible rows.
    void exportList();
    void focusFilter();

signals:
    void accountActivated(AccountId id);
    void demoRequested();

private:
    void applyFilter();
    void updateCount();
    void showHeaderMenu(const QPoint& pos);

    std::unique_ptr<Ui::AccountsView> m_ui;
    Workspace* m_workspace = nullptr;
    AccountTableModel* m_model;
    AccountFilterModel* m_filter;
    QTimer* m_filterDelay;
};

} // namespace keystone::gui
