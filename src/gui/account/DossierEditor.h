// Edits the eight sections of an account's dossier. The form copies its values
// into a Dossier in one step; validation errors show under the field concerned.
// Saving is the owner's business: the editor asks with saveRequested.
#pragma once

#include "domain/Dossier.h"

#include <QWidget>
#include <array>
#include <memory>
#include <string>

class QLabel;
class QPlainTextEdit;

namespace Ui {
class DossierEditor;
}

namespace keystone::gui {

class MessageBar;

class DossierEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DossierEditor(QWidget* parent = nullptr);
    ~DossierEditor() override;

    // Shows `dossier` as the saved state; discards any edits.
    void setDossier(const Dossier& dossier);
    const Dossier& savedDossier() const { return m_saved; }
    // The saved dossier with the form's texts.
    Dossier currentDossier() const;
    bool isModified() const { return m_modified; }
    // Shows the problems beside their fields; true when there are none.
    bool validate();
    // A save failed for a reason other than a field (a locked or full disk ...).
    void showError(const QString& message);

public slots:
    // Validates and, when something changed, emits saveRequested.
    void save();
    void revert();

signals:
    void saveRequested(const keystone::Dossier& before, const keystone::Dossier& after);
    void modifiedChanged(bool modified);

private:
    struct Section
    {
        std::string Dossier::*member;
        const char* field; // the key Dossier::validate names
        QPlainTextEdit* edit;
        QLabel* error;
    };
    void updateState();
    void clearErrors();

    std::unique_ptr<Ui::DossierEditor> m_ui;
    MessageBar* m_messages;
    std::array<Section, Dossier::kSections> m_sections;
    Dossier m_saved;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace keystone::gui
