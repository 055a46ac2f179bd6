// The report actions of the main window: File > Print Segment Report… and Export
// Segment Report as PDF…, and on an account tab Print Dossier… and Export Dossier
// as PDF…. Printing goes through a print preview; both use the report layer, so
// the printout and the PDF are laid out by the same code as keystone-cli report.
#pragma once

#include "app/Workspace.h"
#include "report/SegmentReport.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QAction;
class QPagedPaintDevice;
class QWidget;

namespace keystone::gui {

class ReportActions : public QObject
{
    Q_OBJECT
public:
    using WorkspaceSource = std::function<Workspace*()>;
    using AccountSource = std::function<std::optional<AccountId>()>;
    using SegmentOptionsSource = std::function<report::SegmentReportOptions()>;

    // `workspace` gives the open database (or nullptr), `account` the account of the
    // current tab (or nothing); `window` parents the dialogs.
    ReportActions(QWidget* window, WorkspaceSource workspace, AccountSource account);

    QAction* printSegmentsAction() const { return m_printSegments; }
    QAction* exportSegmentsAction() const { return m_exportSegments; }
    QAction* printDossierAction() const { return m_printDossier; }
    QAction* exportDossierAction() const { return m_exportDossier; }
    void updateActions();
    // What the segment report is made of: the Segments screen's window, measure,
    // thresholds and compared snapshots. Unset: the analytics settings' defaults.
    void setSegmentOptions(SegmentOptionsSource options) { m_segmentOptions = std::move(options); }
    report::SegmentReportOptions segmentOptions() const;

    // Off: failures are not shown in message boxes and no dialog opens (tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Write the PDFs without asking for a file name; false, with lastError(), on failure.
    bool exportSegmentReport(const QString& path);
    bool exportDossier(AccountId account, const QString& path);
    // Lays the report out on `device` (a printer from the preview, say); the page count, 0 on failure.
    int printSegmentReport(QPagedPaintDevice& device);
    int printDossier(AccountId account, QPagedPaintDevice& device);
    const QString& lastError() const { return m_lastError; }

signals:
    // A short message for the status bar ("Segment report saved to …").
    void message(const QString& text);

private:
    void previewSegmentReport();
    void previewDossier();
    void chooseAndExportSegments();
    void chooseAndExportDossier();
    void preview(const QString& title, const std::function<int(QPagedPaintDevice&)>& paint);
    QString askForPdf(const QString& title, const QString& suggestedName);
    bool run(const std::function<void()>& work);

    QWidget* m_window;
    WorkspaceSource m_workspace;
    AccountSource m_account;
    SegmentOptionsSource m_segmentOptions;
    bool m_interactive = true;
    QString m_lastError;
    QAction* m_printSegments;
    QAction* m_exportSegments;
    QAction* m_printDossier;
    QAction* m_exportDossier;
};

} // namespace keystone::gui
