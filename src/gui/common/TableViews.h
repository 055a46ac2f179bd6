// The look every list shares: rows one text line high, no row numbers.
#pragma once

class QTableView;

namespace keystone::gui {

void makeCompact(QTableView* table);

} // namespace keystone::gui
