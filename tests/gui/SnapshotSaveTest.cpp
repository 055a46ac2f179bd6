// Save Snapshot… on the Segments screen (what is saved, the Movement tab, undo) and
// the segment report made of what the screen shows.
#include "GuiFixture.h"
#include "Process.h"
#include "app/Analytics.h"
#include "gui/main/MainWindow.h"
#include "gui/reports/ReportActions.h"
#include "gui/segments/SegmentsView.h"
#include "gui/segments/SegmentsWorker.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct Segments
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    SegmentsView* view = nullptr;

    Segments()
    {
        window.setInteractive(false);
        test::openAndShow(window, db);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_3));
        view = window.segmentsView();
        REQUIRE(view->isVisible());
        waitForAnswer();
    }
    void waitForAnswer()
    {
        REQUIRE(QTest::qWaitFor([this] { return !view->isBusy() && view->answer() != nullptr; }, 60000));
    }
    template <typename T> T* child(const char* name) const
    {
        auto* w = view->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    // The ABC cut-offs typed, not recomputed.
    void setAbc(double a, double b)
    {
        child<QDoubleSpinBox>("abcAEdit")->setValue(a);
        child<QDoubleSpinBox>("abcBEdit")->setValue(b);
    }
    std::vector<SegmentSnapshot> snapshots() const
    {
        return Analytics(window.workspace()->store(), window.workspace()->clock()).snapshots();
    }
};

} // namespace

TEST_CASE("Save Snapshot saves the segmentation on screen, lists it and is undone by name", "[gui][segments]")
{
    Segments s;
    REQUIRE(s.snapshots().empty());
    s.setAbc(70, 90); // typed, not recomputed: the save computes them first

    s.child<QPushButton>("saveSnapshotButton")->click();
    auto* dialog = s.view->findChild<QInputDialog*>(QStringLiteral("snapshotLabelDialog"));
    REQUIRE(dialog);
    CHECK(dialog->textValue().endsWith(QStringLiteral("month revenue"))); // the default offered
    dialog->setTextValue(QStringLiteral("Before the fair"));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return s.snapshots().size() == 1; }, 60000));

    const auto saved = s.snapshots().front();
    CHECK(saved.label == "Before the fair");
    const auto parameters = nlohmann::json::parse(saved.parameters);
    CHECK(parameters["abc"][0].get<double>() == Approx(0.70 * 100));
    CHECK(parameters["abc"][1].get<double>() == Approx(0.90 * 100));
    CHECK(saved.rowCount == static_cast<std::int64_t>(s.view->answer()->result.rows.size()));
    CHECK(s.view->answer()->result.parameters.abcA == 7000);
    auto* before = s.view->findChild<QComboBox*>(QStringLiteral("beforeCombo"));
    REQUIRE(before);
    CHECK(before->count() == 1);
    CHECK(before->itemText(0).contains(QStringLiteral("Before the fair")));

    QUndoStack* undo = s.window.undoStack();
    CHECK(undo->undoText() == QStringLiteral("Save Snapshot “Before the fair”"));
    // Edit > Undo names it, and takes it back.
    QAction* undoAction = nullptr;
    for (auto* action : s.window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undoAction = action;
    REQUIRE(undoAction);
    CHECK(undoAction->isEnabled());
    CHECK(undoAction->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Undo Save Snapshot “Before the fair”"));
    undoAction->trigger();
    CHECK(s.snapshots().empty());
    CHECK(before->count() == 0);
    undo->redo();
    REQUIRE(s.snapshots().size() == 1);
    CHECK(s.snapshots().front().label == "Before the fair");
    CHECK(before->count() == 1);

    SECTION("a second save, of the answer shown, is compared with the first")
    {
        REQUIRE(s.view->saveSnapshot(QString()));
        REQUIRE(s.snapshots().size() == 2); // written at once: nothing to compute
        CHECK(before->count() == 2);
        CHECK(s.view->reportOptions().compare.has_value());
    }
}

TEST_CASE("The segment report is made of the thresholds and window on screen", "[gui][segments][report]")
{
    Segments s;
    // Set on the screen and recomputed, as a user does: 70/90, not the settings' 80/95.
    s.setAbc(70, 90);
    auto* from = s.child<QDateEdit>("fromEdit");
    auto* to = s.child<QDateEdit>("toEdit");
    from->setDate(from->date().addMonths(3));
    s.child<QPushButton>("recomputeButton")->click();
    s.waitForAnswer();
    REQUIRE(s.view->answer()->result.parameters.abcA == 7000);
    ReportActions* reports = s.window.reportActions();
    reports->setInteractive(false);

    const auto options = reports->segmentOptions();
    REQUIRE(options.request.abc.has_value());
    CHECK(options.request.abc->first == Approx(70));
    CHECK(options.request.abc->second == Approx(90));
    REQUIRE(options.request.from.has_value());
    CHECK(options.request.from->toIso() == from->date().toString(Qt::ISODate).toStdString());
    // Without the screen the report would be of the settings' thresholds.
    CHECK(report::collectSegmentReport(*s.window.workspace(), {}).result.parameters.abcA != 7000);

    const auto pdf = s.db.dir() / "segments.pdf";
    REQUIRE(reports->exportSegmentReport(QString::fromStdString(pdf.string())));
    const auto text = test::runProcess(PDFTOTEXT, {"-raw", "-enc", "UTF-8", pdf.string(), "-"});
    REQUIRE(text.exitCode == 0);
    const QString printed = QString::fromStdString(text.out).simplified(); // lines and no-break spaces folded
    CHECK(printed.contains(QStringLiteral("A up to 70 % of the cumulative share, B up to 90 %")));
    CHECK(printed.contains(QStringLiteral("Window %1 to %2")
                               .arg(from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate))));
}
