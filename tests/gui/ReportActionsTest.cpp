// The report actions in the main window: where they are, when they are enabled,
// and that the PDF export and the printer path both produce the documents.
#include "GuiFixture.h"
#include "gui/common/Labels.h"
#include "gui/main/MainWindow.h"
#include "gui/reports/ReportActions.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;
using namespace keystone::test;

namespace {

bool inMenus(const QMainWindow& window, const QAction* action)
{
    for (auto* top : window.menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(const_cast<QAction*>(action)))
            return true;
    return false;
}

QByteArray head(const std::filesystem::path& path)
{
    QFile f(toQString(path.string()));
    return f.open(QIODevice::ReadOnly) ? f.read(5) : QByteArray();
}

} // namespace

TEST_CASE("Report actions are in the menus with shortcuts and follow the open database and tab", "[gui][report]")
{
    DemoDatabase db;
    MainWindow window(fixedClock());
    window.setInteractive(false);
    auto* reports = window.reportActions();
    REQUIRE(reports);
    reports->setInteractive(false);
    for (auto* a : {reports->printSegmentsAction(), reports->exportSegmentsAction(), reports->printDossierAction(),
                    reports->exportDossierAction()}) {
        INFO(a->text().toStdString());
        CHECK(inMenus(window, a));
        CHECK_FALSE(a->shortcut().isEmpty());
        CHECK_FALSE(a->isEnabled());
    }
    CHECK(reports->printSegmentsAction()->shortcut() == QKeySequence(QKeySequence::Print));

    REQUIRE(window.openDatabase(toQString(db.path().string())));
    CHECK(reports->printSegmentsAction()->isEnabled());
    CHECK(reports->exportSegmentsAction()->isEnabled());
    CHECK_FALSE(reports->printDossierAction()->isEnabled());
    const auto rows = window.workspace()->listAccounts({});
    REQUIRE_FALSE(rows.empty());
    REQUIRE(window.openAccount(rows.front().account.id));
    CHECK(reports->printDossierAction()->isEnabled());
    CHECK(reports->exportDossierAction()->isEnabled());
}

TEST_CASE("Report actions write PDFs, print through a QPrinter and report a bad path", "[gui][report]")
{
    DemoDatabase db;
    MainWindow window(fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(toQString(db.path().string())));
    auto* reports = window.reportActions();
    reports->setInteractive(false);
    QSignalSpy messages(reports, &ReportActions::message);

    const auto segments = db.dir() / "segments.pdf";
    REQUIRE(reports->exportSegmentReport(toQString(segments.string())));
    CHECK(head(segments) == "%PDF-");
    REQUIRE(messages.count() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("segments.pdf")));

    const AccountId account = window.workspace()->listAccounts({}).front().account.id;
    const auto dossier = db.dir() / "dossier.pdf";
    REQUIRE(reports->exportDossier(account, toQString(dossier.string())));
    CHECK(head(dossier) == "%PDF-");

    // The print preview's printer gets the same pages; a PDF printer stands in for paper.
    const auto printed = db.dir() / "printed.pdf";
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(toQString(printed.string()));
        CHECK(reports->printDossier(account, printer) >= 1);
    }
    CHECK(head(printed) == "%PDF-");

    const auto bad = db.dir() / "no-such-folder" / "report.pdf";
    CHECK_FALSE(reports->exportSegmentReport(toQString(bad.string())));
    CHECK(reports->lastError().contains(QStringLiteral("no-such-folder")));
    CHECK_FALSE(std::filesystem::exists(bad));
    CHECK_FALSE(reports->exportDossier(999999, toQString((db.dir() / "x.pdf").string())));
    CHECK(reports->lastError().contains(QStringLiteral("999999")));
}
