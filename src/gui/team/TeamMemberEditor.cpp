#include "gui/team/TeamMemberEditor.h"

#include "gui/common/Labels.h"
#include "gui/team/TeamTableModel.h"
#include "ui_TeamMemberEditor.h"

#include <QPushButton>

namespace keystone::gui {

TeamMemberEditor::TeamMemberEditor(const Manager& member, Save save, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::TeamMemberEditor>()), m_original(member),
      m_save(std::move(save))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("teamMemberEditor"));
    const bool adding = member.id == 0;
    setWindowTitle(adding ? tr("Add Team Member") : tr("Team Member: %1").arg(toQString(member.name)));
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(adding ? tr("&Add") : tr("&Save"));
    for (const auto& entry : EnumKeys<ManagerRole>::table)
        m_ui->roleCombo->addItem(TeamTableModel::roleLabel(entry.value), static_cast<int>(entry.value));
    m_ui->nameEdit->setText(toQString(member.name));
    m_ui->emailEdit->setText(toQString(member.email));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(member.role)));
    setUpProblems({{"name", m_ui->nameError}, {"email", m_ui->emailError}}, m_ui->otherError,
                  tr("Discard what you typed for this team member?"));
    clearProblems();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TeamMemberEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &TeamMemberEditor::reject);
}

TeamMemberEditor::~TeamMemberEditor() = default;

Manager TeamMemberEditor::member() const
{
    Manager m = m_original;
    m.name = m_ui->nameEdit->text().toStdString();
    m.email = m_ui->emailEdit->text().toStdString();
    m.role = static_cast<ManagerRole>(m_ui->roleCombo->currentData().toInt());
    return m;
}

bool TeamMemberEditor::isModified() const
{
    return !(member() == m_original);
}

void TeamMemberEditor::accept()
{
    const Manager m = member();
    // A missing e-mail address is the app's to refuse (Team::add, Team::edit): shown under the field too.
    submit(m.validate(), [this, m] { m_save(m); });
}

} // namespace keystone::gui
