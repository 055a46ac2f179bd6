// What the tables of an account's tabs share: the compact look, columns as wide
// as their contents within a limit, and keys bound to one widget.
#pragma once

#include <QKeySequence>

class QAbstractItemModel;
class QAction;
class QTableView;
class QWidget;

namespace keystone::gui {

// Shows `model` in `table`, compact, its columns resizable by the user.
void setUpTable(QTableView* table, QAbstractItemModel* model);
// Columns as wide as their contents, but none so wide that the others leave the screen.
void fitColumns(QTableView* table);
// An action on `widget` that `keys` trigger in `context`.
QAction* addShortcut(QWidget* widget, const QKeySequence& keys, Qt::ShortcutContext context);

} // namespace keystone::gui
