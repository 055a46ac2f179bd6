#include "gui/account/TenderEditor.h"

#include "gui/account/SaleTableModel.h"
#include "gui/account/TenderTableModel.h"
#include "ui_PresenceEditor.h"
#include "ui_TenderEditor.h"

#include <QLocale>
#include <QMessageBox>

namespace keystone::gui {

namespace {

bool askDiscard(QWidget* parent, bool interactive, bool modified)
{
    return !interactive || !modified ||
           QMessageBox::question(parent, QCoreApplication::translate("TenderEditor", "Discard Changes"),
                                 QCoreApplication::translate("TenderEditor", "Discard the changes made here?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

// Runs the save; ValidationError goes beside the fields, anything else under the form.
bool trySave(const std::function<void()>& save, FieldErrorLabels& errors, QLabel* general)
{
    QStringList other;
    try {
        save();
        return true;
    } catch (const ValidationError& e) {
        other = errors.show(e.errors());
    } catch (const std::exception& e) {
        other << QString::fromUtf8(e.what());
    }
    if (!other.isEmpty()) {
        general->setText(QCoreApplication::translate("TenderEditor", "Not saved: %1").arg(other.join(QLatin1Char('\n'))));
        general->show();
    }
    return false;
}

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

} // namespace

TenderEditor::TenderEditor(Saver saver, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TenderEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<TenderOutcome>::table)
        m_ui->outcomeEdit->addItem(tenderOutcomeLabel(entry.value), static_cast<int>(entry.value));
    m_errors.add("title", m_ui->titleError);
    m_errors.add("date", m_ui->dateError);
    m_errors.add("value", m_ui->valueError);
    m_errors.add("reason", m_ui->reasonError);
    m_errors.add("winner", m_ui->winnerError);
    m_errors.add("notes", m_ui->notesError);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TenderEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &TenderEditor::reject);
    for (auto* edit : {m_ui->titleEdit, m_ui->valueEdit, m_ui->reasonEdit})
        connect(edit, &QLineEdit::textChanged, this, &TenderEditor::updateState);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &TenderEditor::updateState);
    connect(m_ui->outcomeEdit, &QComboBox::currentIndexChanged, this, &TenderEditor::updateState);
    connect(m_ui->winnerEdit, &QComboBox::currentIndexChanged, this, &TenderEditor::updateState);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &TenderEditor::updateState);
}

TenderEditor::~TenderEditor() = default;

void TenderEditor::setTender(const Tender& tender, const std::vector<Competitor>& competitors)
{
    m_original = tender;
    setWindowTitle(tender.id == 0 ? tr("New Tender[*]") : tr("Tender: %1[*]").arg(toQString(tender.title)));
    m_ui->titleEdit->setText(toQString(tender.title));
    m_ui->dateEdit->setDate(toQDate(tender.date));
    m_ui->valueEdit->setText(tender.value ? QLocale().toString(tender.value->toDouble(), 'f', 2) : QString());
    m_ui->outcomeEdit->setCurrentIndex(m_ui->outcomeEdit->findData(static_cast<int>(tender.outcome)));
    m_ui->reasonEdit->setText(toQString(tender.reason));
    m_ui->winnerEdit->clear();
    m_ui->winnerEdit->addItem(tr("not known"), QVariant());
    for (const auto& c : competitors)
        m_ui->winnerEdit->addItem(toQString(c.name), QVariant::fromValue<qlonglong>(c.id));
    m_ui->winnerEdit->setCurrentIndex(
        tender.winnerId ? std::max(0, m_ui->winnerEdit->findData(QVariant::fromValue<qlonglong>(*tender.winnerId))) : 0);
    m_ui->notesEdit->setPlainText(toQString(tender.notes));
    m_errors.clear();
    m_ui->generalError->hide();
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
    setWindowModified(isModified());
}

void TenderEditor::accept()
{
    m_ui->generalError->hide();
    QString valueProblem;
    const Tender t = tender(&valueProblem);
    auto errors = t.validate();
    if (!valueProblem.isEmpty())
        errors.push_back({"value", toStdString(valueProblem)});
    const QStringList other = m_errors.show(errors);
    if (!errors.empty()) {
        if (!other.isEmpty()) {
            m_ui->generalError->setText(tr("Not saved: %1").arg(other.join(QLatin1Char('\n'))));
            m_ui->generalError->show();
        }
        return;
    }
    if (trySave([&] { m_saver(t); }, m_errors, m_ui->generalError))
        QDialog::accept();
}

void TenderEditor::reject()
{
    if (askDiscard(this, m_interactive, isModified()))
        QDialog::reject();
}

PresenceEditor::PresenceEditor(Saver saver, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PresenceEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<ThreatLevel>::table)
        m_ui->threatEdit->addItem(threatLabel(entry.value), static_cast<int>(entry.value));
    m_errors.add("competitor", m_ui->competitorError);
    m_errors.add("products", m_ui->productsError);
    m_errors.add("strengths", m_ui->strengthsError);
    m_errors.add("notes", m_ui->notesError);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PresenceEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PresenceEditor::reject);
    auto modified = [this] { setWindowModified(isModified()); };
    connect(m_ui->productsEdit, &QLineEdit::textChanged, this, modified);
    connect(m_ui->strengthsEdit, &QLineEdit::textChanged, this, modified);
    connect(m_ui->competitorEdit, &QComboBox::currentIndexChanged, this, modified);
    connect(m_ui->threatEdit, &QComboBox::currentIndexChanged, this, modified);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, modified);
}

PresenceEditor::~PresenceEditor() = default;

void PresenceEditor::setPresence(const CompetitorPresence& presence, const std::vector<Competitor>& competitors)
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
    m_ui->threatEdit->setCurrentIndex(m_ui->threatEdit->findData(static_cast<int>(presence.threat)));
    m_ui->productsEdit->setText(toQString(presence.products));
    m_ui->strengthsEdit->setText(toQString(presence.strengths));
    m_ui->notesEdit->setPlainText(toQString(presence.notes));
    setWindowTitle(presence.id == 0 ? tr("Competitor at the Account[*]")
                                    : tr("%1 at the Account[*]").arg(m_ui->competitorEdit->currentText()));
    m_errors.clear();
    m_ui->generalError->hide();
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
    m_ui->generalError->hide();
    const CompetitorPresence p = presence();
    const auto errors = p.validate();
    const QStringList other = m_errors.show(errors);
    if (!errors.empty()) {
        if (!other.isEmpty()) {
            m_ui->generalError->setText(tr("Not saved: %1").arg(other.join(QLatin1Char('\n'))));
            m_ui->generalError->show();
        }
        return;
    }
    if (trySave([&] { m_saver(p); }, m_errors, m_ui->generalError))
        QDialog::accept();
}

void PresenceEditor::reject()
{
    if (askDiscard(this, m_interactive, isModified()))
        QDialog::reject();
}

} // namespace keystone::gui
