#include "gui/account/TenderEditor.h"

#include "gui/account/ListChoice.h"
#include "gui/account/SaleTableModel.h"
#include "gui/account/TenderTableModel.h"
#include "ui_TenderEditor.h"

#include <QInputDialog>
#include <QLocale>

namespace keystone::gui {

namespace {

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

} // namespace

TenderEditor::TenderEditor(Saver saver, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::TenderEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<TenderOutcome>::table)
        m_ui->outcomeEdit->addItem(tenderOutcomeLabel(entry.value), static_cast<int>(entry.value));
    setUpProblems({{"title", m_ui->titleError},
                   {"date", m_ui->dateError},
                   {"value", m_ui->valueError},
                   {"reason", m_ui->reasonError},
                   {"winner", m_ui->winnerError},
                   {"notes", m_ui->notesError}},
                  m_ui->generalError, tr("Discard the changes made here?"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TenderEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &TenderEditor::reject);
    for (auto* edit : {m_ui->titleEdit, m_ui->valueEdit, m_ui->reasonEdit})
        connect(edit, &QLineEdit::textChanged, this, &TenderEditor::updateState);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &TenderEditor::updateState);
    connect(m_ui->outcomeEdit, &QComboBox::currentIndexChanged, this, &TenderEditor::updateState);
    connect(m_ui->winnerEdit, &QComboBox::currentIndexChanged, this, &TenderEditor::updateState);
    connect(m_ui->reasonChoice, &QComboBox::currentIndexChanged, this, &TenderEditor::updateState);
    connect(m_ui->newWinnerButton, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New Competitor"), tr("Name:"));
        if (!name.trimmed().isEmpty())
            addWinner(name);
    });
    connect(m_ui->newReasonButton, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New Reason"), tr("Name:"));
        if (!name.trimmed().isEmpty())
            addReason(name);
    });
    m_ui->newWinnerButton->setVisible(false);
    m_ui->newReasonButton->setVisible(false);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &TenderEditor::updateState);
}

TenderEditor::~TenderEditor() = default;

void TenderEditor::setListAdders(AddCompetitor addCompetitor, AddReason addReason)
{
    m_addCompetitor = std::move(addCompetitor);
    m_addReason = std::move(addReason);
    m_ui->newWinnerButton->setVisible(bool(m_addCompetitor));
    m_ui->newReasonButton->setVisible(bool(m_addReason));
}

bool TenderEditor::addWinner(const QString& name)
{
    if (!m_addCompetitor)
        return false;
    return addToChoice<Competitor>(m_addCompetitor, name, m_ui->winnerEdit, m_ui->winnerError);
}

bool TenderEditor::addReason(const QString& name)
{
    return m_addReason && addToChoice<TenderReason>(m_addReason, name, m_ui->reasonChoice, m_ui->reasonError);
}

void TenderEditor::setTender(const Tender& tender, const std::vector<Competitor>& competitors,
                             const std::vector<TenderReason>& reasons)
{
    m_original = tender;
    setWindowTitle(tender.id == 0 ? tr("New Tender[*]") : tr("Tender: %1[*]").arg(toQString(tender.title)));
    m_ui->titleEdit->setText(toQString(tender.title));
    m_ui->dateEdit->setDate(toQDate(tender.date));
    m_ui->valueEdit->setText(tender.value ? QLocale().toString(tender.value->toDouble(), 'f', 2) : QString());
    m_ui->outcomeEdit->setCurrentIndex(m_ui->outcomeEdit->findData(static_cast<int>(tender.outcome)));
    m_ui->reasonEdit->setText(toQString(tender.reason));
    m_ui->reasonChoice->clear();
    m_ui->reasonChoice->addItem(tr("no reason chosen"), QVariant());
    for (const auto& r : reasons)
        m_ui->reasonChoice->addItem(toQString(r.name), QVariant::fromValue<qlonglong>(r.id));
    m_ui->reasonChoice->setCurrentIndex(
        tender.reasonId ? std::max(0, m_ui->reasonChoice->findData(QVariant::fromValue<qlonglong>(*tender.reasonId)))
                        : 0);
    m_ui->winnerEdit->clear();
    m_ui->winnerEdit->addItem(tr("not known"), QVariant());
    for (const auto& c : competitors)
        m_ui->winnerEdit->addItem(toQString(c.name), QVariant::fromValue<qlonglong>(c.id));
    m_ui->winnerEdit->setCurrentIndex(
        tender.winnerId ? std::max(0, m_ui->winnerEdit->findData(QVariant::fromValue<qlonglong>(*tender.winnerId))) : 0);
    m_ui->notesEdit->setPlainText(toQString(tender.notes));
    clearProblems();
    m_ui->titleEdit->setFocus();
    updateState();
}

Tender TenderEditor::tender(QString* valueProblem) const
{
    Tender t = m_original;
    t.title = toStdString(m_ui->titleEdit->text().trimmed());
    const QDate d = m_ui->dateEdit->date();
    if (const auto date = Date::fromYmd(d.year(), d.month(), d.day()))
        t.date = *date;
    const QString value = m_ui->valueEdit->text().trimmed();
    t.value.reset();
    if (!value.isEmpty()) {
        // The user's own decimal mark first, then the plain one.
        const char mark = QLocale().decimalPoint() == QStringLiteral(",") ? ',' : '.';
        auto parsed = Money::parse(toStdString(value), mark);
        if (!parsed)
            parsed = Money::parse(toStdString(value), '.');
        if (parsed)
            t.value = parsed;
        else if (valueProblem)
            *valueProblem = tr("is not an amount, such as 125000 or 125000.50");
    }
    t.outcome = static_cast<TenderOutcome>(m_ui->outcomeEdit->currentData().toInt());
    t.reason = toStdString(m_ui->reasonEdit->text().trimmed());
    const QVariant reason = m_ui->reasonChoice->currentData();
    t.reasonId = reason.isValid() ? std::optional<ReasonId>(reason.toLongLong()) : std::nullopt;
    const QVariant winner = m_ui->winnerEdit->currentData();
    t.winnerId = winner.isValid() && t.outcome == TenderOutcome::Lost
                     ? std::optional<CompetitorId>(winner.toLongLong())
                     : std::nullopt;
    t.notes = toStdString(m_ui->notesEdit->toPlainText());
    return t;
}

bool TenderEditor::isModified() const
{
    QString problem;
    return !(tender(&problem) == m_original) || !problem.isEmpty();
}

void TenderEditor::updateState()
{
    // Only a lost tender has a winner.
    const bool lost = static_cast<TenderOutcome>(m_ui->outcomeEdit->currentData().toInt()) == TenderOutcome::Lost;
    m_ui->winnerEdit->setEnabled(lost);
    m_ui->newWinnerButton->setEnabled(lost);
    setWindowModified(isModified());
}

void TenderEditor::accept()
{
    QString valueProblem;
    const Tender t = tender(&valueProblem);
    auto problems = t.validate();
    if (!valueProblem.isEmpty())
        problems.push_back({"value", toStdString(valueProblem)});
    submit(problems, [&] { m_saver(t); });
}

} // namespace keystone::gui
