#include "gui/account/DossierEditor.h"

#include "gui/common/Labels.h"
#include "gui/common/MessageBar.h"
#include "gui/common/ProblemText.h"
#include "ui_DossierEditor.h"

#include <QPlainTextEdit>

namespace keystone::gui {

DossierEditor::DossierEditor(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DossierEditor>()), m_messages(new MessageBar(this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(1, m_messages);
    m_sections = {{
        {&Dossier::description, "description", m_ui->descriptionEdit, m_ui->descriptionError},
        {&Dossier::history, "history", m_ui->historyEdit, m_ui->historyError},
        {&Dossier::organisation, "organisation", m_ui->organisationEdit, m_ui->organisationError},
        {&Dossier::environment, "environment", m_ui->environmentEdit, m_ui->environmentError},
        {&Dossier::strategy, "strategy", m_ui->strategyEdit, m_ui->strategyError},
        {&Dossier::needs, "needs", m_ui->needsEdit, m_ui->needsError},
        {&Dossier::decisionProcess, "decision_process", m_ui->decisionProcessEdit,
         m_ui->decisionProcessError},
        {&Dossier::relationshipNotes, "relationship_notes", m_ui->relationshipNotesEdit,
         m_ui->relationshipNotesError},
    }};
    for (const auto& s : m_sections)
        connect(s.edit, &QPlainTextEdit::textChanged, this, &DossierEditor::updateState);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DossierEditor::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &DossierEditor::revert);
    updateState();
}

DossierEditor::~DossierEditor() = default;

void DossierEditor::setDossier(const Dossier& dossier)
{
    m_saved = dossier;
    m_loading = true;
    for (const auto& s : m_sections)
        s.edit->setPlainText(toQString(dossier.*s.member));
    m_loading = false;
    clearErrors();
    m_messages->hide();
    m_ui->updatedLabel->setText(dossier.updatedAt.unixSeconds() > 0
                                    ? tr("last saved %1").arg(formatDateTime(dossier.updatedAt))
                                    : tr("never saved"));
    updateState();
}

Dossier DossierEditor::currentDossier() const
{
    Dossier d = m_saved;
    for (const auto& s : m_sections)
        d.*s.member = toStdString(s.edit->toPlainText());
    return d;
}

void DossierEditor::updateState()
{
    if (m_loading)
        return;
    const Dossier current = currentDossier();
    m_ui->completenessBar->setValue(current.filledSections());
    bool modified = false;
    for (const auto& s : m_sections)
        modified = modified || current.*s.member != m_saved.*s.member;
    m_ui->modifiedLabel->setVisible(modified);
    m_ui->saveButton->setEnabled(modified);
    m_ui->revertButton->setEnabled(modified);
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void DossierEditor::clearErrors()
{
    for (const auto& s : m_sections) {
        s.error->clear();
        s.error->hide();
    }
}

bool DossierEditor::validate()
{
    clearErrors();
    const auto errors = currentDossier().validate();
    QStringList other;
    for (const auto& e : errors) {
        bool placed = false;
        for (const auto& s : m_sections) {
            if (e.field == s.field) {
                s.error->setText(problemText(e.message));
                s.error->show();
                placed = true;
            }
        }
        if (!placed)
            other << errorText(e.field + ": " + e.message);
    }
    if (!other.isEmpty())
        showError(other.join(QLatin1Char('\n')));
    return errors.empty();
}

void DossierEditor::showError(const QString& message)
{
    m_messages->showMessage(message, MessageBar::Kind::Error);
}

void DossierEditor::save()
{
    if (!m_modified || !validate())
        return;
    m_messages->hide();
    emit saveRequested(m_saved, currentDossier());
}

void DossierEditor::revert()
{
    setDossier(m_saved);
}

} // namespace keystone::gui
