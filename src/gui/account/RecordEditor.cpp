#include "gui/account/RecordEditor.h"

#include "gui/common/ProblemText.h"

#include <QLabel>
#include <QMessageBox>

namespace keystone::gui {

RecordEditor::RecordEditor(QWidget* parent) : QDialog(parent) {}

void RecordEditor::openWindowModal(bool interactive)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setInteractive(interactive);
    open();
}

bool RecordEditor::saveAndClose()
{
    accept(); // each editor's own save; the dialog stays open on a problem
    return result() == QDialog::Accepted && !isVisible();
}

void RecordEditor::setUpProblems(std::initializer_list<std::pair<const char*, QLabel*>> fields,
                                 QLabel* general, QString discardQuestion)
{
    for (const auto& [field, label] : fields)
        m_errors.add(field, label);
    m_general = general;
    m_discardQuestion = std::move(discardQuestion);
}

void RecordEditor::clearProblems()
{
    m_errors.clear();
    m_general->hide();
}

void RecordEditor::submit(const std::vector<FieldError>& problems, const std::function<void()>& save)
{
    m_general->hide();
    QStringList other = m_errors.show(problems);
    if (problems.empty()) {
        try {
            save();
            QDialog::accept();
            return;
        } catch (const ValidationError& e) {
            other = m_errors.show(e.errors());
        } catch (const std::exception& e) {
            other << errorText(e);
        }
    }
    if (!other.isEmpty()) {
        m_general->setText(tr("Not saved: %1").arg(other.join(QLatin1Char('\n'))));
        m_general->show();
    }
}

void RecordEditor::reject()
{
    if (m_interactive && isModified() &&
        QMessageBox::question(this, tr("Discard Changes"), m_discardQuestion,
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace keystone::gui
