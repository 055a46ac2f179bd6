// The columns of the Segments screen's lists: a title and a kind for each key of
// app/AnalyticsColumns.h and of the tables the tabs build, and the cells they build.
// Shared by the screen's tabs so that a key reads the same in every list.
#pragma once

#include "app/Columns.h"
#include "gui/segments/ReportTableModel.h"

#include <string>
#include <vector>

namespace keystone::gui {

// The columns of `table`; "total" is titled Margin when `margin`, else Revenue.
std::vector<ReportTableModel::ColumnSpec> segmentListColumns(const Table& table, bool margin);
// A snapshot's cell, "-" when the account was not classified.
QString cellOrAbsent(const std::string& cell);
Cell textCell(std::string text);
Cell numberCell(std::string text);

} // namespace keystone::gui
