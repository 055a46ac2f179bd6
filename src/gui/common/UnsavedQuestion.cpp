#include "gui/common/UnsavedQuestion.h"

namespace keystone::gui {

QMessageBox::StandardButton askSaveDiscardCancel(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Question, title, text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedInputBox"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    const int answer = box.exec();
    return answer == QMessageBox::Save || answer == QMessageBox::Discard
               ? static_cast<QMessageBox::StandardButton>(answer)
               : QMessageBox::Cancel;
}

} // namespace keystone::gui
