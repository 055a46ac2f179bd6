#include "gui/common/TableViews.h"

#include <QHeaderView>
#include <QTableView>

namespace keystone::gui {

void makeCompact(QTableView* table)
{
    auto* rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 8);
    rows->hide();
}

} // namespace keystone::gui
