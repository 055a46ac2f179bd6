#include "gui/interchange/ImportDialog.h"

#include "gui/common/Labels.h"
#include "app/ImportPreview.h"
#include "gui/common/ProblemText.h"
#include "ui_ImportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <fstream>

namespace keystone::gui {

namespace {

QString kindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return ImportDialog::tr("Import Accounts from CSV");
    case ImportKind::Contacts:
        return ImportDialog::tr("Import Contacts from CSV");
    case ImportKind::Interactions:
        return ImportDialog::tr("Import Interactions from CSV");
    case ImportKind::Sales:
        return ImportDialog::tr("Import Sales from CSV");
    }
    return {};
}

QString kindIntro(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return ImportDialog::tr("Rows with a known reference update that account; other rows create accounts.");
    case ImportKind::Contacts:
        return ImportDialog::tr("Each row names the account by its reference. A known e-mail address updates "
                                "that contact; other rows create contacts.");
    case ImportKind::Interactions:
        return ImportDialog::tr("Each row names the account by its reference; an interaction already there "
                                "(same time and kind) is updated.");
    case ImportKind::Sales:
        return ImportDialog::tr("Each row is one sale line of an account, named by its reference (customer "
                                "number).");
    }
    return {};
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return ImportDialog::tr("comma");
    case ';':
        return ImportDialog::tr("semicolon");
    case '\t':
        return ImportDialog::tr("tab");
    case '|':
        return ImportDialog::tr("vertical bar");
    default:
        return QString(QChar::fromLatin1(delimiter));
    }
}

QString fileNameOf(const std::filesystem::path& path)
{
    return QFileInfo(QString::fromStdU16String(path.u16string())).fileName();
}

QString problemText(const QString& file, const ImportProblem& p)
{
    QString text = p.column.empty()
                       ? ImportDialog::tr("%1:%2: %3").arg(file).arg(p.line).arg(toQString(p.reason))
                       : ImportDialog::tr("%1:%2: %3: %4")
                             .arg(file)
                             .arg(p.line)
                             .arg(toQString(p.column), toQString(p.reason));
    if (!p.value.empty())
        text += ImportDialog::tr(" (was “%1”)").arg(toQString(p.value));
    return text;
}

// A problem beside its field; the line takes no room while there is none.
void say(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ImportDialog::ImportDialog(Workspace& workspace, ImportKind kind, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_workspace(workspace), m_kind(kind)
{
    m_ui->setupUi(this);
    setWindowTitle(kindTitle(kind));
    m_ui->introLabel->setText(kindIntro(kind));

    m_ui->encodingCombo->addItem(tr("Detect"), static_cast<int>(csv::Encoding::Auto));
    for (auto e : {csv::Encoding::Utf8, csv::Encoding::Windows1251, csv::Encoding::Windows1252,
                   csv::Encoding::Latin1, csv::Encoding::Utf16Le, csv::Encoding::Utf16Be})
        m_ui->encodingCombo->addItem(toQString(csv::encodingName(e)), static_cast<int>(e));
    m_ui->delimiterCombo->addItem(tr("Detect"), 0);
    for (char d : {',', ';', '\t', '|'})
        m_ui->delimiterCombo->addItem(delimiterName(d), static_cast<int>(d));

    // Patterns as the importer reads them (strptime-like); empty is ISO 8601.
    m_ui->dateFormatCombo->addItem(tr("ISO 8601 (2024-12-31)"), QString());
    m_ui->dateFormatCombo->addItem(QStringLiteral("%d.%m.%Y"), QStringLiteral("%d.%m.%Y"));
    m_ui->dateFormatCombo->addItem(QStringLiteral("%d/%m/%Y"), QStringLiteral("%d/%m/%Y"));
    m_ui->dateFormatCombo->addItem(QStringLiteral("%m/%d/%Y"), QStringLiteral("%m/%d/%Y"));
    m_ui->dateFormatCombo->addItem(QStringLiteral("%d.%m.%Y %H:%M"), QStringLiteral("%d.%m.%Y %H:%M"));
    m_ui->dateFormatCombo->setToolTip(
        tr("How dates are written in the file: %d day, %m month, %Y year, %H:%M time; or ISO 8601"));

    m_ui->createAccountsCheck->setVisible(kind == ImportKind::Sales);
    m_ui->againCheck->setVisible(false);

    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Field")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->mappingTable->verticalHeader()->setVisible(false);
    m_ui->mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_checkButton = m_ui->buttonBox->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_checkButton->setToolTip(tr("Read the whole file and show what an import would do, writing nothing"));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_undoButton = m_ui->buttonBox->addButton(tr("&Undo Import"), QDialogButtonBox::ActionRole);
    m_undoButton->setEnabled(false);
    // Enter checks: importing is a deliberate click (or Alt+I).
    m_checkButton->setDefault(true);
    m_importButton->setAutoDefault(false);
    m_undoButton->setAutoDefault(false);
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);

    connect(m_checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { runImport(); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (m_batch)
            emit undoRequested(*m_batch);
    });
    // Import is not the dialog's accept: the dialog stays, showing the summary and Undo.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->text().trimmed() != m_readPath)
            readHeader();
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] { readHeader(); });
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, [this] { readHeader(); });
    for (auto* box : {m_ui->decimalCommaCheck, m_ui->createAccountsCheck, m_ui->skipInvalidCheck})
        connect(box, &QCheckBox::toggled, this, [this] { clearResult(); });
    connect(m_ui->dateFormatCombo, &QComboBox::currentTextChanged, this, [this] { clearResult(); });

    m_ui->problemList->setVisible(false);
    say(m_ui->fileProblemLabel, QString());
    say(m_ui->mappingProblemLabel, QString());
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::setFile(const QString& path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    readHeader();
    return !m_header.empty();
}

void ImportDialog::browse()
{
    QString start = m_ui->fileEdit->text().trimmed();
    if (start.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        start = documents.isEmpty() ? QDir::homePath() : documents;
    }
    const QString chosen = QFileDialog::getOpenFileName(this, windowTitle(), start,
                                                        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

void ImportDialog::readHeader()
{
    clearResult();
    m_header.clear();
    m_ui->mappingTable->setRowCount(0);
    say(m_ui->fileProblemLabel, QString());
    m_ui->detectedLabel->clear();
    m_ui->againCheck->setChecked(false);
    m_ui->againCheck->setVisible(false);
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    const QString path = m_ui->fileEdit->text().trimmed();
    m_readPath = path;
    if (path.isEmpty())
        return;
    const std::filesystem::path file(QDir::fromNativeSeparators(path).toStdU16String());
    std::ifstream in(file, std::ios::binary);
    if (!QFileInfo(path).isFile() || !in) {
        say(m_ui->fileProblemLabel, tr("%1 cannot be opened for reading.").arg(path));
        return;
    }
    csv::ReaderOptions readerOptions;
    readerOptions.encoding = static_cast<csv::Encoding>(m_ui->encodingCombo->currentData().toInt());
    readerOptions.delimiter = static_cast<char>(m_ui->delimiterCombo->currentData().toInt());
    std::vector<std::string> firstRow;
    try {
        // The first row is only an example here; Check reports a problem in it with its line.
        const ImportPreview preview = previewImport(in, toStdString(fileNameOf(file)), readerOptions);
        m_header = preview.header;
        firstRow = preview.firstRow;
        m_ui->detectedLabel->setText(
            tr("Read as %1, delimited by %2; the header on line %3 has %Ln column(s).", nullptr,
               static_cast<int>(m_header.size()))
                .arg(toQString(csv::encodingName(preview.encoding)), delimiterName(preview.delimiter))
                .arg(preview.headerLine));
    } catch (const csv::CsvError& e) {
        // The header itself is unreadable: say where.
        m_header.clear();
        say(m_ui->fileProblemLabel, tr("%1:%2:%3: %4")
                                            .arg(fileNameOf(file))
                                            .arg(e.line())
                                            .arg(e.column())
                                            .arg(toQString(e.reason())));
        return;
    } catch (const std::exception& e) {
        m_header.clear();
        say(m_ui->fileProblemLabel, errorText(e));
        return;
    }

    const auto suggested = suggestedFields(m_kind, m_header);
    const auto& fields = importFields(m_kind);
    m_ui->mappingTable->setRowCount(static_cast<int>(m_header.size()));
    for (int row = 0; row < static_cast<int>(m_header.size()); ++row) {
        const auto index = static_cast<std::size_t>(row);
        auto* name = new QTableWidgetItem(m_header[index].empty() ? tr("(no name)") : toQString(m_header[index]));
        m_ui->mappingTable->setItem(row, 0, name);
        auto* sample = new QTableWidgetItem(index < firstRow.size() ? toQString(firstRow[index]) : QString());
        sample->setToolTip(sample->text());
        m_ui->mappingTable->setItem(row, 1, sample);
        auto* combo = new QComboBox(m_ui->mappingTable);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(row));
        combo->addItem(tr("(not imported)"), QString());
        for (const auto& f : fields) {
            combo->addItem(f.required ? tr("%1 (required)").arg(toQString(f.key)) : toQString(f.key),
                           toQString(f.key));
            combo->setItemData(combo->count() - 1, toQString(f.description), Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(toQString(suggested[index]))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { clearResult(); });
        m_ui->mappingTable->setCellWidget(row, 2, combo);
    }
    m_checkButton->setEnabled(true);
    m_importButton->setEnabled(true);
}

QComboBox* ImportDialog::fieldCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, 2));
}

int ImportDialog::columnCount() const { return static_cast<int>(m_header.size()); }

QString ImportDialog::fieldOf(int column) const
{
    auto* combo = fieldCombo(column);
    return combo ? combo->currentData().toString() : QString();
}

void ImportDialog::setFieldOf(int column, const QString& field)
{
    if (auto* combo = fieldCombo(column))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

std::optional<ImportOptions> ImportDialog::options(bool dryRun)
{
    say(m_ui->mappingProblemLabel, QString());
    if (m_header.empty()) {
        if (m_ui->fileProblemLabel->text().isEmpty())
            say(m_ui->fileProblemLabel, tr("Choose the CSV file to import."));
        return std::nullopt;
    }
    ImportOptions o;
    o.kind = m_kind;
    o.file = std::filesystem::path(QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()).toStdU16String());
    o.reader.encoding = static_cast<csv::Encoding>(m_ui->encodingCombo->currentData().toInt());
    o.reader.delimiter = static_cast<char>(m_ui->delimiterCombo->currentData().toInt());
    o.mappingOnly = true;
    QStringList twice;
    for (int row = 0; row < columnCount(); ++row) {
        const QString field = fieldOf(row);
        if (field.isEmpty())
            continue;
        for (const auto& chosen : o.mapping)
            if (toQString(chosen.first) == field)
                twice << field;
        o.mapping.emplace_back(toStdString(field), m_header[static_cast<std::size_t>(row)]);
    }
    if (!twice.isEmpty()) {
        say(m_ui->mappingProblemLabel, 
            tr("Each field can be read from one column only; %1 is chosen more than once.")
                .arg(QLocale().createSeparatedList(twice)));
        return std::nullopt;
    }
    const int date = m_ui->dateFormatCombo->currentIndex();
    const QString typed = m_ui->dateFormatCombo->currentText().trimmed();
    // A pattern typed by the user, or one of the listed ones.
    o.dateFormat.pattern = date >= 0 && m_ui->dateFormatCombo->itemText(date) == typed
                               ? toStdString(m_ui->dateFormatCombo->itemData(date).toString())
                               : toStdString(typed);
    o.decimalComma = m_ui->decimalCommaCheck->isChecked();
    o.skipInvalid = m_ui->skipInvalidCheck->isChecked();
    o.createAccounts = m_ui->createAccountsCheck->isChecked();
    o.again = m_ui->againCheck->isChecked();
    o.dryRun = dryRun;
    return o;
}

bool ImportDialog::check() { return run(Run::Check); }

bool ImportDialog::runImport() { return run(Run::Import); }

bool ImportDialog::run(Run mode)
{
    auto opts = options(mode == Run::Check);
    if (!opts)
        return false;
    clearResult();
    const QString file = fileNameOf(opts->file);
    BackgroundTask task(this, mode == Run::Check ? tr("Checking %1…").arg(file) : tr("Importing %1…").arg(file));
    task.setObserver(m_observer);
    ImportSummary summary;
    const std::filesystem::path database = m_workspace.path();
    const Clock& clock = m_workspace.clock();
    const auto outcome = task.run([&](const ProgressCallback& progress) {
        Workspace own(database, clock); // this thread's connection
        ImportOptions o = *opts;
        o.progress = progress;
        summary = importCsv(own, o);
    });

    m_ui->problemList->clear();
    if (outcome.cancelled) {
        m_ui->resultLabel->setText(mode == Run::Check ? tr("Check cancelled.")
                                                      : tr("Import cancelled; nothing was imported."));
        return false;
    }
    if (outcome.error) {
        try {
            std::rethrow_exception(outcome.error);
        } catch (const ImportRejected& e) {
            showSummary(e.summary(), true);
            showProblems(e.summary());
        } catch (const AlreadyImported& e) {
            m_ui->resultLabel->setText(
                tr("This file was imported on %1 (batch %2). Tick “Import this file again” to import it once more, "
                   "or undo that import first.")
                    .arg(formatDateTime(e.previous().importedAt))
                    .arg(e.previous().id));
            m_ui->againCheck->setVisible(true);
            m_ui->againCheck->setFocus();
        } catch (const csv::CsvError& e) {
            m_ui->resultLabel->setText(tr("The file cannot be read to its end; nothing was imported."));
            m_ui->problemList->addItem(
                tr("%1:%2:%3: %4").arg(file).arg(e.line()).arg(e.column()).arg(toQString(e.reason())));
            m_ui->problemList->setVisible(true);
        } catch (const std::exception& e) {
            // Unusable mapping and the like: the message names what to change.
            say(m_ui->mappingProblemLabel, errorText(e));
        }
        return false;
    }
    showSummary(summary, false);
    showProblems(summary);
    if (mode == Run::Check)
        return summary.rejected == 0;
    m_batch = summary.batch;
    m_ui->againCheck->setChecked(false);
    emit imported(summary);
    return true;
}

void ImportDialog::showSummary(const ImportSummary& s, bool rejected)
{
    const QLocale locale;
    QString counts;
    if (m_kind == ImportKind::Sales) {
        QStringList parts;
        parts << tr("%Ln sale line(s) totalling %1", nullptr, static_cast<int>(s.created))
                     .arg(toQString(s.total.toString()));
        if (s.accountsCreated > 0)
            parts << tr("%Ln new account(s)", nullptr, static_cast<int>(s.accountsCreated));
        parts << tr("%Ln rejected", nullptr, static_cast<int>(s.rejected));
        counts = parts.join(tr(", "));
    } else {
        counts = tr("%1 created, %2 updated, %3 unchanged, %4 rejected")
                     .arg(locale.toString(s.created), locale.toString(s.updated), locale.toString(s.unchanged),
                          locale.toString(s.rejected));
    }
    QString text;
    if (rejected && s.dryRun)
        text = tr("%Ln invalid row(s): an import would write nothing. Correct the file, or tick “Skip invalid "
                  "rows” to import the others.",
                  nullptr, static_cast<int>(s.rejected));
    else if (rejected)
        text = tr("%Ln invalid row(s), so nothing was imported. Correct the file, or tick “Skip invalid rows” to "
                  "import the others.",
                  nullptr, static_cast<int>(s.rejected));
    else if (s.dryRun)
        text = tr("Check of %Ln row(s): ", nullptr, static_cast<int>(s.rows)) + counts +
               tr(". Nothing has been written yet.");
    else
        text = tr("Imported %Ln row(s): ", nullptr, static_cast<int>(s.rows)) + counts + QStringLiteral(".");
    if (s.rejectsFile && !s.dryRun)
        text += QLatin1Char(' ') + tr("The rejected rows are in %1.")
                                      .arg(QDir::toNativeSeparators(
                                          QString::fromStdU16String(s.rejectsFile->u16string())));
    m_ui->resultLabel->setText(text);
}

void ImportDialog::showProblems(const ImportSummary& s)
{
    const QString file = fileNameOf(s.file);
    for (const auto& p : s.problems)
        m_ui->problemList->addItem(problemText(file, p));
    if (s.problemCount > static_cast<std::int64_t>(s.problems.size()))
        m_ui->problemList->addItem(tr("… and %Ln more problem(s).", nullptr,
                                      static_cast<int>(s.problemCount - static_cast<std::int64_t>(s.problems.size()))));
    m_ui->problemList->setVisible(m_ui->problemList->count() > 0);
}

void ImportDialog::clearResult()
{
    m_ui->resultLabel->clear();
    m_ui->problemList->clear();
    m_ui->problemList->setVisible(false);
    say(m_ui->mappingProblemLabel, QString());
}

void ImportDialog::setUndoAvailable(bool available) { m_undoButton->setEnabled(available && m_batch); }

void ImportDialog::showUndone(const QString& text)
{
    m_batch.reset();
    m_undoButton->setEnabled(false);
    m_ui->resultLabel->setText(text);
    m_ui->problemList->clear();
    m_ui->problemList->setVisible(false);
}

QString ImportDialog::resultText() const { return m_ui->resultLabel->text(); }

QStringList ImportDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->problemList->count(); ++i)
        out << m_ui->problemList->item(i)->text();
    return out;
}

QString ImportDialog::fileProblem() const { return m_ui->fileProblemLabel->text(); }

QString ImportDialog::mappingProblem() const { return m_ui->mappingProblemLabel->text(); }

} // namespace keystone::gui
