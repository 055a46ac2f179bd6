// One list of the segments screen with the Accounts screen's list features: a
// title, a folded-text filter, sorting by any column, a count, "export this list"
// (the rows shown, in the order shown) and Enter or a double-click to open the
// row's account.
#pragma once

#include "app/Columns.h"
#include "domain/Ids.h"
#include "gui/segments/ReportTableModel.h"
#include "app/CsvExportOptions.h"

#include <QWidget>
#include <filesystem>
#include <memory>

class QTableView;

namespace Ui {
class ReportList;
}

namespace keystone::gui {

class ReportList : public QWidget
{
    Q_OBJECT
public:
    explicit ReportList(QWidget* parent = nullptr);
    ~ReportList() override;

    void setTitle(const QString& title);
    // What the list says when it has no rows.
    void setEmptyText(const QString& text) { m_emptyText = text; updateCount(); }
    void setTable(Table table, std::vector<ReportTableModel::ColumnSpec> columns,
                  std::vector<AccountId> accountIds = {});

    ReportTableModel* model() const { return m_model; }
    ReportFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const;
    void setFilterText(const QString& text);
    void exportVisible(const std::filesystem::path& file, const CsvExportOptions& options) const;

public slots:
    // Asks for a file and options, then writes the rows shown.
    void exportList();

signals:
    void accountActivated(keystone::AccountId id);

private:
    void updateCount();

    std::unique_ptr<Ui::ReportList> m_ui;
    ReportTableModel* m_model;
    ReportFilterModel* m_filter;
    QString m_emptyText;
};

} // namespace keystone::gui
