// Puts what is changed in an account's tab or on the Follow-ups screen on the undo
// stack (a dossier saved, an interaction logged, a follow-up done, people, tenders and
// competitors edited), and shows the account again after an undo or redo.
#pragma once

#include "domain/Ids.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace keystone {
struct Dossier;
struct FollowUp;
} // namespace keystone

namespace keystone::gui {

struct AccountEdit;
class AccountWorkspace;
class MainTabs;

class EditRecorder : public QObject
{
    Q_OBJECT
public:
    // The tabs and the stack must outlive the recorder.
    EditRecorder(MainTabs& tabs, QUndoStack* undo, QObject* parent = nullptr);

    // Records what is changed in this account's tab from now on.
    void watch(AccountWorkspace* tab);
    void recordFollowUpDone(const FollowUp& after);
    // An edit already written (in an account's tab, on the Follow-ups screen or the Dashboard).
    void recordEdit(const keystone::gui::AccountEdit& edit);
    // The Follow-ups screen read again; a failed read is reported, not fatal.
    void reloadFollowUps();

signals:
    void message(const QString& text);
    // Something could not be changed, or read again after a change.
    void failed(const QString& title, const QString& message);
    void changed();

private:
    void recordDossierSave(AccountId id, const Dossier& before, const Dossier& after);
    void showDossierSaved(AccountId id, const Dossier& dossier);
    // After an undo or redo changed what an account shows.
    void showAccountChanged(AccountId id);
    void reportFailure(const QString& message);

    MainTabs& m_tabs;
    QUndoStack* m_undo;
};

} // namespace keystone::gui
