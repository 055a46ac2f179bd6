#include "gui/account/AccountTables.h"

#include "gui/common/TableViews.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace keystone::gui {

void setUpTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    makeCompact(table);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    constexpr int widest = 420;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c) + 12, widest));
}

QAction* addShortcut(QWidget* widget, const QKeySequence& keys, Qt::ShortcutContext context)
{
    auto* action = new QAction(widget);
    action->setShortcut(keys);
    action->setShortcutContext(context);
    widget->addAction(action);
    return action;
}

} // namespace keystone::gui
