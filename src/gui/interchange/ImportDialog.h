// File > Import > CSV: the file, how it is read (encoding, delimiter, detected from
// the file), which column fills which field (pre-filled from the importer's
// synonyms), the date format and number style, and what to do with invalid rows.
// Check runs the import as a dry run and lists what it would do and every problem
// as file:line: column: reason; Import runs it for real. Both run on a worker
// thread with progress and Cancel (BackgroundTask), over a connection of their own.
#pragma once

#include "app/Import.h"
#include "gui/interchange/BackgroundTask.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace keystone::gui {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Workspace& workspace, ImportKind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    ImportKind kind() const { return m_kind; }
    // Reads the file's header (and first row) and fills the mapping; false, with the
    // reason beside the file field, when it cannot be read.
    bool setFile(const QString& path);
    // The field column `column` of the file is read into ("" for none).
    QString fieldOf(int column) const;
    void setFieldOf(int column, const QString& field);
    int columnCount() const;
    // The import as the form describes it; a problem with the form is shown beside
    // its field and gives nothing.
    std::optional<ImportOptions> options(bool dryRun);

    // Dry run: true when the file would import without problems.
    bool check();
    // Imports for real; true when something was written (imported() was emitted).
    bool runImport();
    // Offers the written import to be undone (after imported()), or not.
    void setUndoAvailable(bool available);
    void showUndone(const QString& text);

    // The worker thread's progress reports, for tests: false cancels as the Cancel button does.
    void setProgressObserver(BackgroundTask::Observer observer) { m_observer = std::move(observer); }

    QString resultText() const;
    QStringList problems() const;
    QString fileProblem() const;
    QString mappingProblem() const;

signals:
    void imported(const keystone::ImportSummary& summary);
    void undoRequested(keystone::BatchId batch);

private:
    enum class Run { Check, Import };
    bool run(Run mode);
    void browse();
    void readHeader();
    void clearResult();
    void showSummary(const ImportSummary& summary, bool rejected);
    void showProblems(const ImportSummary& summary);
    QComboBox* fieldCombo(int row) const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Workspace& m_workspace;
    ImportKind m_kind;
    std::vector<std::string> m_header;
    QString m_readPath; // the file the header was read from
    QPushButton* m_checkButton;
    QPushButton* m_importButton;
    QPushButton* m_undoButton;
    std::optional<BatchId> m_batch;
    BackgroundTask::Observer m_observer;
};

} // namespace keystone::gui
