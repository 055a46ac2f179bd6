#include "gui/account/PresenceEditor.h"

#include "gui/account/ListChoice.h"
#include "gui/common/Labels.h"
#include "ui_PresenceEditor.h"

#include <QInputDialog>
#include <algorithm>

namespace keystone::gui {

PresenceEditor::PresenceEditor(Saver saver, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::PresenceEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<ThreatLevel>::table)
        m_ui->threatEdit->addItem(threatLabel(entry.value), static_cast<int>(entry.value));
    setUpProblems({{"competitor", m_ui->competitorError},
                   {"products", m_ui->productsError},
                   {"strengths", m_ui->strengthsError},
                   {"notes", m_ui->notesError}},
                  m_ui->generalError, tr("Discard the changes made here?"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PresenceEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PresenceEditor::reject);
    auto modified = [this] {
        setWindowModified(isModified());
    };
    connect(m_ui->productsEdit, &QLineEdit::textChanged, this, modified);
    connect(m_ui->strengthsEdit, &QLineEdit::textChanged, this, modified);
    connect(m_ui->competitorEdit, &QComboBox::currentIndexChanged, this, modified);
    connect(m_ui->threatEdit, &QComboBox::currentIndexChanged, this, modified);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, modified);
    connect(m_ui->newCompetitorButton, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New Competitor"), tr("Name:"));
        if (!name.trimmed().isEmpty())
            addCompetitor(name);
    });
    m_ui->newCompetitorButton->setVisible(false);
}

void PresenceEditor::setCompetitorAdder(AddCompetitor add)
{
    m_addCompetitor = std::move(add);
    m_ui->newCompetitorButton->setVisible(bool(m_addCompetitor) && m_original.id == 0);
}

bool PresenceEditor::addCompetitor(const QString& name)
{
    return m_addCompetitor && m_original.id == 0 &&
           addToChoice<Competitor>(m_addCompetitor, name, m_ui->competitorEdit, m_ui->competitorError);
}

PresenceEditor::~PresenceEditor() = default;

void PresenceEditor::setPresence(const CompetitorPresence& presence,
                                 const std::vector<Competitor>& competitors)
{
    m_original = presence;
    m_ui->competitorEdit->clear();
    if (presence.id == 0)
        m_ui->competitorEdit->addItem(tr("choose a competitor"), QVariant());
    for (const auto& c : competitors)
        if (presence.id == 0 || c.id == presence.competitorId)
            m_ui->competitorEdit->addItem(toQString(c.name), QVariant::fromValue<qlonglong>(c.id));
    m_ui->competitorEdit->setCurrentIndex(
        std::max(0, m_ui->competitorEdit->findData(QVariant::fromValue<qlonglong>(presence.competitorId))));
    m_ui->competitorEdit->setEnabled(presence.id == 0);
    m_ui->newCompetitorButton->setVisible(m_addCompetitor && presence.id == 0);
    m_ui->threatEdit->setCurrentIndex(m_ui->threatEdit->findData(static_cast<int>(presence.threat)));
    m_ui->productsEdit->setText(toQString(presence.products));
    m_ui->strengthsEdit->setText(toQString(presence.strengths));
    m_ui->notesEdit->setPlainText(toQString(presence.notes));
    setWindowTitle(presence.id == 0 ? tr("Competitor at the Account[*]")
                                    : tr("%1 at the Account[*]").arg(m_ui->competitorEdit->currentText()));
    clearProblems();
    setWindowModified(false);
}

CompetitorPresence PresenceEditor::presence() const
{
    CompetitorPresence p = m_original;
    const QVariant competitor = m_ui->competitorEdit->currentData();
    p.competitorId = competitor.isValid() ? competitor.toLongLong() : 0;
    p.threat = static_cast<ThreatLevel>(m_ui->threatEdit->currentData().toInt());
    p.products = toStdString(m_ui->productsEdit->text().trimmed());
    p.strengths = toStdString(m_ui->strengthsEdit->text().trimmed());
    p.notes = toStdString(m_ui->notesEdit->toPlainText());
    return p;
}

bool PresenceEditor::isModified() const
{
    return !(presence() == m_original);
}

void PresenceEditor::accept()
{
    const CompetitorPresence p = presence();
    submit(p.validate(), [&] { m_saver(p); });
}

} // namespace keystone::gui
