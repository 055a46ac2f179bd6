// The look every list shares: rows one text line high, no row numbers, and each
// cell's text shown in its own writing direction.
#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace keystone::gui {

// Also installs an OwnDirectionDelegate.
void makeCompact(QTableView* table);

// Shows each cell's text in its own direction (by its first strong character), at
// the side the layout gives the cell: "АО «Уралтехснаб»" keeps its quotes in a
// right-to-left window, a Hebrew name reads right to left in a left-to-right one.
class OwnDirectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // What initStyleOption adds to the default: the text's direction, the alignment
    // made absolute so that it stays where the layout put it.
    static void applyOwnDirection(QStyleOptionViewItem& option);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace keystone::gui
