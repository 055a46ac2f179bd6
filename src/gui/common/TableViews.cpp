#include "gui/common/TableViews.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace keystone::gui {

void makeCompact(QTableView* table)
{
    auto* rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 8);
    rows->hide();
    table->setItemDelegate(new OwnDirectionDelegate(table));
}

void OwnDirectionDelegate::applyOwnDirection(QStyleOptionViewItem& option)
{
    // Icons and check boxes follow the layout; only plain text cells turn.
    if (option.text.isEmpty() ||
        (option.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)))
        return;
    const Qt::LayoutDirection own = option.text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    if (own == option.direction)
        return;
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(option.direction, option.displayAlignment) & Qt::AlignHorizontal_Mask;
    option.displayAlignment = (option.displayAlignment & Qt::AlignVertical_Mask) | horizontal | Qt::AlignAbsolute;
    option.direction = own;
}

void OwnDirectionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    applyOwnDirection(*option);
}

} // namespace keystone::gui
