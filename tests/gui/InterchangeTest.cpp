// File > Import and File > Export through the code paths the menus use, without
// the file dialogs: the CSV import dialog (mapping, check, import, undo, cancel)
// and the exports, on the demo database.
#include "GuiFixture.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/common/Labels.h"
#include "gui/interchange/ImportDialog.h"
#include "gui/interchange/InterchangeActions.h"
#include "gui/main/MainWindow.h"
#include "interchange/CsvReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <set>

using namespace keystone;
using namespace keystone::gui;

namespace {

std::filesystem::path writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
    return path;
}

QString pathOf(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

QStringList accountNames(const AccountTableModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, AccountTableModel::Name).data().toString();
    return names;
}

std::int64_t saleLineCount(Workspace& ws)
{
    std::int64_t n = 0;
    ws.store().sales().forEach({}, [&](const SaleLine&) { ++n; });
    return n;
}

struct Window
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    Window()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(pathOf(db.path())));
    }
    Workspace& ws() { return *window.workspace(); }
};

} // namespace

TEST_CASE("a CSV of accounts imported through the dialog shows in the list and can be undone", "[interchange]")
{
    Window w;
    auto* model = w.window.accountsView()->accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 30);
    const auto file = writeFile(w.db.dir() / "accounts.csv",
                                "Kundennummer;Firma;Land;Status\n"
                                "K-9001;Ромашка ООО;Russia;active\n"
                                "K-9002;שלום בע״מ;Israel;prospect\n"
                                "K-9003;北京贸易有限公司;China;active\n");

    std::unique_ptr<ImportDialog> dialog(w.window.interchange()->createImportDialog(ImportKind::Accounts));
    REQUIRE(dialog->setFile(pathOf(file)));
    // The mapping is pre-filled from the importer's synonyms.
    REQUIRE(dialog->columnCount() == 4);
    CHECK(dialog->fieldOf(0) == QStringLiteral("ref"));
    CHECK(dialog->fieldOf(1) == QStringLiteral("name"));
    CHECK(dialog->fieldOf(2) == QStringLiteral("country"));
    CHECK(dialog->fieldOf(3) == QStringLiteral("status"));

    REQUIRE(dialog->check());
    CHECK(dialog->resultText().contains(QStringLiteral("3 created")));
    CHECK(dialog->problems().isEmpty());
    CHECK(model->rowCount() == 30); // a check writes nothing
    CHECK(w.window.undoStack()->count() == 0);

    REQUIRE(dialog->runImport());
    CHECK(dialog->resultText().startsWith(QStringLiteral("Imported 3 row")));
    REQUIRE(model->rowCount() == 33);
    const QStringList names = accountNames(*model);
    CHECK(names.contains(QStringLiteral("Ромашка ООО")));
    CHECK(names.contains(QStringLiteral("שלום בע״מ")));
    CHECK(names.contains(QStringLiteral("北京贸易有限公司")));
    CHECK(w.ws().resolveAccount("K-9002").country == "Israel");
    REQUIRE(w.window.undoStack()->count() == 1);
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Import of accounts.csv"));

    // Edit > Undo removes the batch; the command leaves the stack (nothing to redo).
    w.window.undoStack()->undo();
    CHECK(model->rowCount() == 30);
    CHECK_FALSE(accountNames(*model).contains(QStringLiteral("Ромашка ООО")));
    CHECK(dialog->resultText().startsWith(QStringLiteral("Import undone: 3 account")));
    CHECK(w.window.undoStack()->count() == 0);
    CHECK(w.ws().store().importBatches().list().empty());
}

TEST_CASE("the import dialog's Undo Import undoes through the undo stack", "[interchange]")
{
    Window w;
    const auto file = writeFile(w.db.dir() / "people.csv",
                                "account,name,email\n"
                                "C010001,Иван Петров,ivan.petrov@example.ru\n"
                                "C010001,Noa Levi,noa.levi@example.co.il\n");
    const auto before = w.ws().store().counts().contacts;
    std::unique_ptr<ImportDialog> dialog(w.window.interchange()->createImportDialog(ImportKind::Contacts));
    REQUIRE(dialog->setFile(pathOf(file)));
    if (!dialog->runImport())
        FAIL(dialog->resultText().toStdString() + " " + dialog->problems().join(QLatin1Char('|')).toStdString() +
             dialog->mappingProblem().toStdString());
    CHECK(w.ws().store().counts().contacts == before + 2);
    emit dialog->undoRequested(w.ws().store().importBatches().list().front().id);
    CHECK(w.ws().store().counts().contacts == before);
    CHECK(dialog->resultText().startsWith(QStringLiteral("Import undone: 2 contact")));
    CHECK(w.window.undoStack()->count() == 0);
}

TEST_CASE("an invalid CSV shows each problem with its line and column and changes nothing", "[interchange]")
{
    Window w;
    auto* model = w.window.accountsView()->accountModel();
    const auto file = writeFile(w.db.dir() / "bad.csv",
                                "ref,name,status,headcount\n"
                                "V-1,Valid Ltd,active,12\n"
                                "V-2,Bad Ltd,sleeping,12\n"
                                "V-3,Worse Ltd,active,many\n");
    std::unique_ptr<ImportDialog> dialog(w.window.interchange()->createImportDialog(ImportKind::Accounts));
    REQUIRE(dialog->setFile(pathOf(file)));

    CHECK_FALSE(dialog->check());
    const QStringList problems = dialog->problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].startsWith(QStringLiteral("bad.csv:3: status: ")));
    CHECK(problems[0].endsWith(QStringLiteral("(was “sleeping”)")));
    CHECK(problems[1].startsWith(QStringLiteral("bad.csv:4: headcount: ")));
    CHECK(dialog->resultText().startsWith(QStringLiteral("2 invalid row")));

    CHECK_FALSE(dialog->runImport());
    CHECK(dialog->problems().size() == 2);
    CHECK(dialog->resultText().contains(QStringLiteral("nothing was imported")));
    CHECK(model->rowCount() == 30);
    CHECK(w.ws().store().counts().accounts == 30);
    CHECK(w.ws().store().importBatches().list().empty());
    CHECK(w.window.undoStack()->count() == 0);

    // A field chosen twice is refused beside the mapping, before anything runs.
    dialog->setFieldOf(2, QStringLiteral("name"));
    CHECK_FALSE(dialog->check());
    CHECK(dialog->mappingProblem().contains(QStringLiteral("name is chosen more than once")));
    // Without a reference or a name column the importer says what is missing.
    dialog->setFieldOf(0, QString());
    dialog->setFieldOf(1, QString());
    dialog->setFieldOf(2, QString());
    CHECK_FALSE(dialog->check());
    CHECK(dialog->mappingProblem().contains(QStringLiteral("no column for the required field(s) ref or name")));
    CHECK(dialog->mappingProblem().contains(QStringLiteral("choose a column for each in the mapping")));

    // A file that is not well-formed CSV: the reader's line and column.
    const auto broken = writeFile(w.db.dir() / "broken.csv", "ref,name\nB-1,\"Unclosed Ltd\nB-2,Fine\n");
    REQUIRE(dialog->setFile(pathOf(broken)));
    CHECK_FALSE(dialog->check());
    REQUIRE(dialog->problems().size() == 1);
    CHECK(dialog->problems()[0].startsWith(QStringLiteral("broken.csv:2:5: ")));
    CHECK(w.ws().store().counts().accounts == 30);

    // A file that cannot be read at all is named beside the file field.
    CHECK_FALSE(dialog->setFile(pathOf(w.db.dir() / "missing.csv")));
    CHECK(dialog->fileProblem().contains(QStringLiteral("missing.csv cannot be opened")));
}

TEST_CASE("cancelling an import from its progress callback leaves the database unchanged", "[interchange]")
{
    Window w;
    const auto file = w.db.dir() / "sales.csv";
    REQUIRE(w.window.interchange()->exportCsv(ImportKind::Sales, file, {}));
    const auto lines = saleLineCount(w.ws());
    REQUIRE(lines > 512); // two progress reports (every 256 rows) before the end
    const auto accounts = w.ws().store().counts().accounts;

    std::unique_ptr<ImportDialog> dialog(w.window.interchange()->createImportDialog(ImportKind::Sales));
    REQUIRE(dialog->setFile(pathOf(file)));
    std::uint64_t stoppedAt = 0;
    std::uint64_t total = 0;
    dialog->setProgressObserver([&](std::uint64_t done, std::uint64_t all) {
        total = all;
        if (done * 2 < all)
            return true;
        stoppedAt = done;
        return false;
    });
    CHECK_FALSE(dialog->runImport());
    CHECK(dialog->resultText() == QStringLiteral("Import cancelled; nothing was imported."));
    CHECK(stoppedAt * 2 >= total);
    CHECK(stoppedAt < total);
    CHECK(saleLineCount(w.ws()) == lines);
    CHECK(w.ws().store().counts().accounts == accounts);
    CHECK(w.ws().store().importBatches().list().empty());
    CHECK(w.window.undoStack()->count() == 0);

    // Not cancelled, the same file is written (once more: every line again).
    dialog->setProgressObserver({});
    REQUIRE(dialog->runImport());
    CHECK(saleLineCount(w.ws()) == 2 * lines);
}

TEST_CASE("contacts exported as CSV read back with the interchange reader", "[interchange]")
{
    Window w;
    const auto file = w.db.dir() / "contacts.csv";
    csv::WriterOptions options;
    options.delimiter = ';';
    options.bom = true;
    REQUIRE(w.window.interchange()->exportCsv(ImportKind::Contacts, file, options));

    std::multiset<std::string> expected;
    for (const auto& row : w.ws().listAccounts({}))
        for (const auto& c : w.ws().store().contacts().listForAccount(row.account.id))
            expected.insert(row.account.ref + "|" + c.name + "|" + c.email);
    REQUIRE(expected.size() > 30);

    std::ifstream in(file, std::ios::binary);
    csv::CsvReader reader(in, file.string());
    CHECK(reader.delimiter() == ';');
    const auto& header = reader.header();
    REQUIRE(header.size() >= 5);
    CHECK(header[0] == "account");
    CHECK(header[1] == "name");
    CHECK(header[4] == "email");
    std::multiset<std::string> read;
    csv::Record record;
    while (reader.next(record))
        read.insert(record.fields[0] + "|" + record.fields[1] + "|" + record.fields[4]);
    CHECK(read == expected);
    // (Plural forms come with the translation pass: "row(s)" until then.)
    CHECK(w.window.interchange()->lastMessage().startsWith(QString::number(expected.size()) + QStringLiteral(" row")));
    CHECK(w.window.interchange()->lastMessage().contains(QStringLiteral(" of contacts written to ")));
}

TEST_CASE("a cancelled export leaves no file", "[interchange]")
{
    Window w;
    const auto file = w.db.dir() / "interactions.csv";
    std::uint64_t reports = 0;
    w.window.interchange()->setProgressObserver([&](std::uint64_t done, std::uint64_t total) {
        ++reports;
        return done * 4 < total * 3; // into the writing half
    });
    CHECK_FALSE(w.window.interchange()->exportCsv(ImportKind::Interactions, file, {}));
    CHECK(reports > 1);
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(w.window.interchange()->lastMessage() == QStringLiteral("Cancelled; nothing was written."));
    for (const auto& entry : std::filesystem::directory_iterator(w.db.dir().path()))
        CHECK(entry.path().filename().string().find("interactions") == std::string::npos);

    w.window.interchange()->setProgressObserver({});
    REQUIRE(w.window.interchange()->exportCsv(ImportKind::Interactions, file, {}));
    CHECK(std::filesystem::exists(file));
}

TEST_CASE("a dossier, vCard contacts and follow-ups exported from one database import into another",
          "[interchange]")
{
    Window w;
    const auto dir = w.db.dir().path();
    const auto first = w.ws().listAccounts({}).front().account;
    const auto people = w.ws().store().contacts().listForAccount(first.id);
    REQUIRE(!people.empty());
    REQUIRE(w.window.interchange()->exportDossier(first.id, dir / "dossier.json"));
    REQUIRE(w.window.interchange()->exportContactCards(dir / "contacts.vcf"));
    REQUIRE(w.window.interchange()->exportCalendar(dir / "follow-ups.ics"));
    std::ifstream calendar(dir / "follow-ups.ics", std::ios::binary);
    std::string firstLine;
    std::getline(calendar, firstLine);
    CHECK(firstLine == "BEGIN:VCALENDAR\r");

    REQUIRE(w.window.openDatabase(pathOf(dir / "second.db")));
    REQUIRE(w.window.interchange()->importDossiers(dir / "dossier.json"));
    const auto copied = w.ws().resolveAccount(first.ref);
    CHECK(copied.name == first.name);
    CHECK(w.ws().store().contacts().listForAccount(copied.id).size() == people.size());
    CHECK(w.window.accountsView()->accountModel()->rowCount() == 1); // the list was read again

    Account empty;
    empty.name = "Empfänger AG";
    const auto target = w.ws().addAccount(empty);
    REQUIRE(w.window.interchange()->importContactCards(target.id, dir / "contacts.vcf"));
    QStringList names;
    for (const auto& c : w.ws().store().contacts().listForAccount(target.id))
        names << toQString(c.name);
    CHECK(names.contains(toQString(people.front().name)));

    // A file that is not a dossier is refused with its reason, and nothing changes.
    const auto before = w.ws().store().counts().accounts;
    CHECK_FALSE(w.window.interchange()->importDossiers(dir / "follow-ups.ics"));
    CHECK(w.window.interchange()->lastMessage().contains(QStringLiteral("follow-ups.ics")));
    CHECK(w.ws().store().counts().accounts == before);
}

TEST_CASE("File > Import and File > Export list every format, enabled with a database open", "[interchange]")
{
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    auto* imports = window.interchange()->importMenu();
    auto* exports = window.interchange()->exportMenu();
    CHECK_FALSE(imports->isEnabled()); // no database yet
    QStringList importTexts;
    for (auto* a : imports->actions())
        if (!a->isSeparator())
            importTexts << a->text();
    CHECK(importTexts == QStringList{QStringLiteral("&Accounts (CSV)…"), QStringLiteral("&Contacts (CSV)…"),
                                     QStringLiteral("&Interactions (CSV)…"), QStringLiteral("&Sales (CSV)…"),
                                     QStringLiteral("&Dossiers (JSON)…"),
                                     QStringLiteral("Contacts into This Account (&vCard)…")});
    CHECK(imports->actions().front()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(exports->actions().front()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    CHECK(exports->actions().size() == 8); // four tables, a separator, dossier, vCard, iCalendar

    test::DemoDatabase db;
    REQUIRE(window.openDatabase(pathOf(db.path())));
    CHECK(imports->isEnabled());
    CHECK(imports->actions().front()->isEnabled());
    CHECK_FALSE(imports->actions().back()->isEnabled()); // vCard goes into the open account: none yet
    REQUIRE(window.openAccount(window.workspace()->listAccounts({}).front().account.id));
    CHECK(imports->actions().back()->isEnabled());
}
