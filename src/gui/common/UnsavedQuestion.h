// The one question asked before input that is not written would be lost (an account's
// tab or the window closing): Save, Discard or Cancel, Save the default. Every such
// box has the objectName "unsavedInputBox", so that tests answer this question only.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace keystone::gui {

// Blocks until answered; Cancel also when the box is closed.
QMessageBox::StandardButton askSaveDiscardCancel(QWidget* parent, const QString& title, const QString& text);

} // namespace keystone::gui
