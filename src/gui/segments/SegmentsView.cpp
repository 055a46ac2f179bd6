#include "gui/segments/SegmentsView.h"

#include "app/Workspace.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/segments/SegmentChartsTab.h"
#include "gui/segments/SegmentConcentrationTab.h"
#include "gui/segments/SegmentMatrixTab.h"
#include "gui/segments/SegmentMovementTab.h"
#include "gui/segments/SegmentRiskTab.h"
#include "gui/segments/SegmentsWorker.h"
#include "gui/segments/SnapshotSaveCommand.h"
#include "ui_SegmentsView.h"

#include <QInputDialog>
#include <QLocale>
#include <QShowEvent>
#include <QThread>
#include <QUndoStack>

namespace keystone::gui {

namespace {

QDate toQDate(Date date)
{
    return QDate(date.year(), date.month(), date.day());
}

Date fromQDate(const QDate& date)
{
    return Date::fromYmd(date.year(), date.month(), date.day()).value_or(Date{});
}

} // namespace

SegmentsView::SegmentsView(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::SegmentsView>())
{
    qRegisterMetaType<SegmentsAnswer>();
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("segmentsView"));
    m_ui->busyBar->hide();
    m_ui->parameterError->hide();

    m_ui->periodCombo->addItem(tr("Month"), QStringLiteral("month"));
    m_ui->periodCombo->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_ui->measureCombo->addItem(tr("Revenue"), QStringLiteral("revenue"));
    m_ui->measureCombo->addItem(tr("Margin"), QStringLiteral("margin"));

    connect(m_ui->matrixPage, &SegmentMatrixTab::accountActivated, this, &SegmentsView::accountActivated);
    connect(m_ui->riskPage, &SegmentRiskTab::accountActivated, this, &SegmentsView::accountActivated);
    connect(m_ui->movementPage, &SegmentMovementTab::accountActivated, this, &SegmentsView::accountActivated);

    connect(m_ui->recomputeButton, &QPushButton::clicked, this, &SegmentsView::recompute);
    connect(m_ui->saveSnapshotButton, &QPushButton::clicked, this, qOverload<>(&SegmentsView::saveSnapshot));
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] {
        resetParameters();
        recompute();
    });
    for (auto* spin : {m_ui->abcAEdit, m_ui->abcBEdit, m_ui->xyzXEdit, m_ui->xyzYEdit})
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this, spin] {
            if (spin->hasFocus())
                recompute(); // Enter, not leaving the field
        });
    for (auto* date : {m_ui->fromEdit, m_ui->toEdit})
        connect(date, &QAbstractSpinBox::editingFinished, this, [this, date] {
            if (date->hasFocus())
                recompute();
        });
    connect(m_ui->periodCombo, &QComboBox::activated, this, &SegmentsView::recompute);
    connect(m_ui->measureCombo, &QComboBox::activated, this, &SegmentsView::recompute);

    m_ui->summaryLabel->setText(tr("Open a database to segment its accounts."));
}

SegmentsView::~SegmentsView()
{
    stopWorker();
}

SegmentMatrixModel* SegmentsView::matrixModel() const
{
    return m_ui->matrixPage->model();
}
TransitionMatrixModel* SegmentsView::transitionModel() const
{
    return m_ui->movementPage->model();
}
ReportList* SegmentsView::cellList() const
{
    return m_ui->matrixPage->cellList();
}
ReportList* SegmentsView::moversList() const
{
    return m_ui->movementPage->moversList();
}
ReportList* SegmentsView::riskList() const
{
    return m_ui->riskPage->riskList();
}
ReportList* SegmentsView::winBackList() const
{
    return m_ui->riskPage->winBackList();
}
QString SegmentsView::listedCell() const
{
    return m_ui->matrixPage->listedCell();
}
void SegmentsView::showCell(int row, int column)
{
    m_ui->matrixPage->showCell(row, column);
}
void SegmentsView::showUnclassified()
{
    m_ui->matrixPage->showUnclassified();
}
void SegmentsView::compareSnapshots(SnapshotId older, SnapshotId newer)
{
    m_ui->movementPage->compareSnapshots(older, newer);
}

void SegmentsView::stopWorker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended; it owns a database connection
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

void SegmentsView::setWorkspace(Workspace* workspace)
{
    stopWorker();
    m_shown = m_pending; // drops answers still under way
    setBusy(false);
    m_workspace = workspace;
    m_answer.reset();
    m_ui->matrixPage->showAnswer(nullptr);
    m_ui->riskPage->clear();
    m_ui->movementPage->setWorkspace(workspace);
    m_ui->concentrationPage->clear();
    showParameterError({});
    m_needsCompute = false;
    m_labelWhenAnswered.reset();
    m_ui->saveSnapshotButton->setEnabled(workspace != nullptr);
    if (!workspace) {
        m_ui->summaryLabel->setText(tr("Open a database to segment its accounts."));
        return;
    }
    m_thread = new QThread;
    m_worker = new SegmentsWorker(workspace->path(), workspace->clock());
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SegmentsWorker::answered, this, &SegmentsView::showAnswer, Qt::QueuedConnection);
    m_thread->start();
    resetParameters();
    m_ui->summaryLabel->setText(tr("Computing…"));
    m_needsCompute = true;
    if (isVisible())
        recompute();
}

void SegmentsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsCompute)
        recompute();
}

void SegmentsView::resetParameters()
{
    if (!m_workspace)
        return;
    showParameterError({});
    try {
        showParameters(Analytics(m_workspace->store(), m_workspace->clock()).parameters({}));
    } catch (const std::exception& e) {
        showParameterError(tr("The analytics settings cannot be used: %1").arg(errorText(e)));
    }
}

void SegmentsView::showParameterError(const QString& text)
{
    m_ui->parameterError->setText(text);
    m_ui->parameterError->setVisible(!text.isEmpty());
}

void SegmentsView::showParameters(const analytics::SegmentParameters& p)
{
    m_ui->fromEdit->setDate(toQDate(p.from));
    m_ui->toEdit->setDate(toQDate(p.to));
    m_ui->periodCombo->setCurrentIndex(p.period == analytics::Period::Quarter ? 1 : 0);
    m_ui->measureCombo->setCurrentIndex(p.measure == analytics::Measure::Margin ? 1 : 0);
    m_ui->abcAEdit->setValue(p.abcA / 100.0);
    m_ui->abcBEdit->setValue(p.abcB / 100.0);
    m_ui->xyzXEdit->setValue(p.xyzX * 100);
    m_ui->xyzYEdit->setValue(p.xyzY * 100);
}

QString SegmentsView::fieldProblem(QWidget** wrong) const
{
    if (m_ui->toEdit->date() < m_ui->fromEdit->date()) {
        *wrong = m_ui->toEdit;
        return tr("To: the window ends before it starts (From is %1).")
            .arg(QLocale().toString(m_ui->fromEdit->date(), QLocale::ShortFormat));
    }
    if (m_ui->abcAEdit->value() > m_ui->abcBEdit->value()) {
        *wrong = m_ui->abcBEdit;
        return tr("ABC cut-offs: the second (end of B) must not be below the first (end of A).");
    }
    if (m_ui->xyzXEdit->value() > m_ui->xyzYEdit->value()) {
        *wrong = m_ui->xyzYEdit;
        return tr("XYZ limits: the second (end of Y) must not be below the first (end of X).");
    }
    return {};
}

SegmentRequest SegmentsView::requestOnScreen() const
{
    SegmentRequest request;
    request.from = fromQDate(m_ui->fromEdit->date());
    request.to = fromQDate(m_ui->toEdit->date());
    request.period = analytics::parsePeriod(toStdString(m_ui->periodCombo->currentData().toString()));
    request.measure = analytics::parseMeasure(toStdString(m_ui->measureCombo->currentData().toString()));
    request.abc = std::pair{m_ui->abcAEdit->value(), m_ui->abcBEdit->value()};
    request.xyz = std::pair{m_ui->xyzXEdit->value(), m_ui->xyzYEdit->value()};
    return request;
}

report::SegmentReportOptions SegmentsView::reportOptions() const
{
    report::SegmentReportOptions options;
    if (!m_workspace)
        return options; // nothing on screen: the settings' defaults
    options.request = requestOnScreen();
    options.compare = m_ui->movementPage->chosenSnapshots();
    return options;
}

bool SegmentsView::recompute()
{
    if (!m_workspace || !m_worker)
        return false;
    showParameterError({});
    QWidget* wrong = nullptr;
    if (const QString problem = fieldProblem(&wrong); !problem.isEmpty()) {
        showParameterError(problem);
        wrong->setFocus(Qt::OtherFocusReason); // where the fix is typed
        return false;
    }
    analytics::SegmentParameters parameters;
    try {
        parameters = Analytics(m_workspace->store(), m_workspace->clock()).parameters(requestOnScreen());
    } catch (const std::exception& e) {
        showParameterError(errorText(e));
        return false;
    }
    m_needsCompute = false;
    const quint64 generation = ++m_pending;
    SegmentsWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, generation, parameters] { worker->compute(generation, parameters); },
        Qt::QueuedConnection);
    setBusy(true);
    return true;
}

void SegmentsView::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SegmentsView::showAnswer(const SegmentsAnswer& answer)
{
    if (answer.generation != m_pending)
        return; // a later request is under way; its answer will come
    m_shown = answer.generation;
    setBusy(false);
    if (!answer.error.isEmpty()) {
        m_labelWhenAnswered.reset();
        m_ui->summaryLabel->setText(tr("The segmentation failed: %1").arg(answer.error));
        return;
    }
    m_answer = std::make_unique<SegmentsAnswer>(answer);
    const auto& result = m_answer->result;
    const auto& p = result.parameters;
    const QLocale locale;
    const bool margin = p.measure == analytics::Measure::Margin;
    const int classified = static_cast<int>(result.rows.size());
    m_ui->summaryLabel->setText(
        tr("%1 to %2, by %3, %4: %Ln account(s) classified, total %5.", nullptr, classified)
            .arg(locale.toString(toQDate(p.from), QLocale::ShortFormat),
                 locale.toString(toQDate(p.to), QLocale::ShortFormat),
                 p.period == analytics::Period::Quarter ? tr("quarter") : tr("month"),
                 margin ? tr("margin") : tr("revenue"), locale.toString(result.total.toDouble(), 'f', 2)));

    m_ui->matrixPage->showAnswer(m_answer.get());
    m_ui->chartsPage->showAnswer(*m_answer);
    m_ui->riskPage->showAnswer(*m_answer);
    m_ui->concentrationPage->showAnswer(*m_answer);
    m_ui->movementPage->showSnapshots(m_answer->snapshots);
    if (m_labelWhenAnswered) {
        const QString label = *m_labelWhenAnswered;
        m_labelWhenAnswered.reset();
        writeSnapshot(label);
    }
}

// ---- Save Snapshot ----

bool SegmentsView::answerMatchesScreen() const
{
    if (!m_answer || isBusy())
        return false;
    analytics::SegmentParameters screen;
    try {
        screen = Analytics(m_workspace->store(), m_workspace->clock()).parameters(requestOnScreen());
    } catch (const std::exception&) {
        return false;
    }
    const auto& shown = m_answer->result.parameters;
    return screen.from == shown.from && screen.to == shown.to && screen.period == shown.period &&
           screen.measure == shown.measure && screen.abcA == shown.abcA && screen.abcB == shown.abcB &&
           screen.xyzX == shown.xyzX && screen.xyzY == shown.xyzY;
}

QInputDialog* SegmentsView::saveSnapshot()
{
    if (!m_workspace)
        return nullptr;
    QWidget* wrong = nullptr;
    if (const QString problem = fieldProblem(&wrong); !problem.isEmpty()) {
        showParameterError(problem);
        wrong->setFocus(Qt::OtherFocusReason);
        return nullptr;
    }
    QString suggested;
    try {
        suggested = toQString(Analytics::defaultSnapshotLabel(
            Analytics(m_workspace->store(), m_workspace->clock()).parameters(requestOnScreen())));
    } catch (const std::exception& e) {
        showParameterError(errorText(e));
        return nullptr;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("snapshotLabelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Snapshot"));
    dialog->setLabelText(tr("Saves the segmentation on screen, so that a later one can be compared with it "
                            "in the Movement tab.\nLabel:"));
    dialog->setTextValue(suggested);
    dialog->setOkButtonText(tr("&Save"));
    dialog->resize(520, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString& label) { saveSnapshot(label.trimmed()); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

bool SegmentsView::saveSnapshot(const QString& label)
{
    if (!m_workspace)
        return false;
    if (answerMatchesScreen()) {
        writeSnapshot(label);
        return true;
    }
    // The fields were changed since the answer shown: what is saved is what they say.
    if (!recompute())
        return false;
    m_labelWhenAnswered = label;
    return true;
}

void SegmentsView::writeSnapshot(const QString& label)
{
    if (!m_workspace || !m_answer)
        return;
    SavedSegmentation saved;
    try {
        saved =
            Analytics(m_workspace->store(), m_workspace->clock()).save(m_answer->result, toStdString(label));
    } catch (const std::exception& e) {
        showParameterError(tr("The snapshot was not saved: %1").arg(errorText(e)));
        return;
    }
    const QString name = toQString(saved.snapshot.label);
    const int anchors = static_cast<int>(saved.markedAnchor.size());
    auto command = std::make_unique<SnapshotSaveCommand>(
        *m_workspace, m_answer->result, saved, [this] { showSavedSnapshots(); },
        [this](const QString& problem) {
            showParameterError(tr("The snapshot could not be changed: %1").arg(problem));
        });
    if (m_undo)
        m_undo->push(command.release());
    showSavedSnapshots();
    emit message(
        anchors == 0
            ? tr("Snapshot “%1” saved").arg(name)
            : tr("Snapshot “%1” saved; %Ln account(s) marked as anchor", nullptr, anchors).arg(name));
}

void SegmentsView::showSavedSnapshots()
{
    if (!m_workspace)
        return;
    try {
        auto snapshots = Analytics(m_workspace->store(), m_workspace->clock()).snapshots();
        if (m_answer)
            m_answer->snapshots = snapshots;
        m_ui->movementPage->showSnapshots(snapshots);
    } catch (const std::exception& e) {
        showParameterError(tr("The snapshots cannot be read: %1").arg(errorText(e)));
    }
    emit snapshotsChanged();
}

} // namespace keystone::gui
