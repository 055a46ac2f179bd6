#include "gui/account/AccountDossierTab.h"

#include "gui/account/DossierEditor.h"
#include "gui/common/ProblemText.h"
#include "gui/common/UnsavedQuestion.h"

#include <QVBoxLayout>

namespace keystone::gui {

AccountDossierTab::AccountDossierTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_editor(new DossierEditor(this))
{
    setObjectName(QStringLiteral("dossierTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("dossierLayout"));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(m_editor, &DossierEditor::saveRequested, this, &AccountDossierTab::save);
}

bool AccountDossierTab::confirmClose(const QString& accountName)
{
    if (!m_editor->isModified())
        return true;
    const auto answer = askSaveDiscardCancel(
        this, tr("Unsaved Dossier"),
        tr("The dossier of %1 has changes that are not saved. Save them?").arg(accountName));
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    m_editor->save();
    return !m_editor->isModified();
}

void AccountDossierTab::save(Dossier before, Dossier after)
{
    Dossier stored = std::move(after);
    try {
        m_workspace.store().accounts().saveDossier(stored);
    } catch (const ValidationError& e) {
        m_editor->validate();
        m_editor->showError(tr("The dossier was not saved: %1").arg(errorText(e)));
        return;
    } catch (const std::exception& e) {
        m_editor->showError(tr("The dossier was not saved: %1").arg(errorText(e)));
        return;
    }
    m_editor->setDossier(stored);
    emit saved(before, stored);
}

} // namespace keystone::gui
