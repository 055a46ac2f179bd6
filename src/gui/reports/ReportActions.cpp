#include "gui/reports/ReportActions.h"

#include "gui/common/Icons.h"
#include "gui/common/Labels.h"
#include "report/DossierReport.h"
#include "report/PdfOutput.h"
#include "report/SegmentReport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

namespace keystone::gui {

ReportActions::ReportActions(QWidget* window, WorkspaceSource workspace, AccountSource account)
    : QObject(window)
    , m_window(window)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
    m_printSegments = new QAction(tr("&Print Segment Report…"), this);
    m_printSegments->setIcon(actionIcon(ActionIcon::Print));
    m_printSegments->setShortcut(QKeySequence::Print);
    m_printSegments->setStatusTip(tr("The ABC-XYZ matrix, Pareto chart, accounts per cell, movement and risk, "
                                     "in a print preview"));
    connect(m_printSegments, &QAction::triggered, this, &ReportActions::previewSegmentReport);

    m_exportSegments = new QAction(tr("Export Segment Report as P&DF…"), this);
    m_exportSegments->setIcon(actionIcon(ActionIcon::Pdf));
    m_exportSegments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportSegments->setStatusTip(tr("Save the segment report as a PDF file"));
    connect(m_exportSegments, &QAction::triggered, this, &ReportActions::chooseAndExportSegments);

    m_printDossier = new QAction(tr("Pr&int Dossier…"), this);
    m_printDossier->setIcon(actionIcon(ActionIcon::Print));
    m_printDossier->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_printDossier->setStatusTip(tr("The account's dossier, people, follow-ups and history, in a print preview"));
    connect(m_printDossier, &QAction::triggered, this, &ReportActions::previewDossier);

    m_exportDossier = new QAction(tr("Export Dossier as &PDF…"), this);
    m_exportDossier->setIcon(actionIcon(ActionIcon::Pdf));
    m_exportDossier->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_P));
    m_exportDossier->setStatusTip(tr("Save the account's dossier as a PDF file to hand to a colleague"));
    connect(m_exportDossier, &QAction::triggered, this, &ReportActions::chooseAndExportDossier);
    updateActions();
}

void ReportActions::updateActions()
{
    const bool open = m_workspace() != nullptr;
    const bool onAccount = open && m_account().has_value();
    m_printSegments->setEnabled(open);
    m_exportSegments->setEnabled(open);
    m_printDossier->setEnabled(onAccount);
    m_exportDossier->setEnabled(onAccount);
}

report::SegmentReportOptions ReportActions::segmentOptions() const
{
    return m_segmentOptions ? m_segmentOptions() : report::SegmentReportOptions{};
}

bool ReportActions::run(const std::function<void()>& work)
{
    m_lastError.clear();
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        // Exceptions must not cross the event loop; say what went wrong instead.
        m_lastError = toQString(e.what());
    }
    if (m_interactive)
        QMessageBox::warning(m_window, tr("Cannot Make the Report"), m_lastError);
    return false;
}

bool ReportActions::exportSegmentReport(const QString& path)
{
    Workspace* ws = m_workspace();
    if (!ws)
        return false;
    int pages = 0;
    if (!run([&] { pages = report::writeSegmentReportPdf(*ws, segmentOptions(), path.toStdString()); }))
        return false;
    emit message(tr("Segment report saved to %1 (%Ln page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportActions::exportDossier(AccountId account, const QString& path)
{
    Workspace* ws = m_workspace();
    if (!ws)
        return false;
    int pages = 0;
    if (!run([&] { pages = report::writeDossierReportPdf(*ws, account, path.toStdString()); }))
        return false;
    emit message(tr("Dossier saved to %1 (%Ln page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

int ReportActions::printSegmentReport(QPagedPaintDevice& device)
{
    Workspace* ws = m_workspace();
    int pages = 0;
    if (ws)
        run([&] { pages = report::printSegmentReport(report::collectSegmentReport(*ws, segmentOptions()), device); });
    return pages;
}

int ReportActions::printDossier(AccountId account, QPagedPaintDevice& device)
{
    Workspace* ws = m_workspace();
    int pages = 0;
    if (ws)
        run([&] { pages = report::printDossierReport(report::collectDossierReport(*ws, account), device); });
    return pages;
}

void ReportActions::preview(const QString& title, const std::function<int(QPagedPaintDevice&)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) { paint(*p); });
    dialog.exec();
}

void ReportActions::previewSegmentReport()
{
    if (!m_workspace())
        return;
    // Collected once: the preview repaints on every zoom and page-setup change.
    std::optional<report::SegmentReportData> data;
    if (!run([&] { data = report::collectSegmentReport(*m_workspace(), segmentOptions()); }))
        return;
    preview(tr("Segment Report"), [&](QPagedPaintDevice& device) { return report::printSegmentReport(*data, device); });
}

void ReportActions::previewDossier()
{
    const auto account = m_account();
    if (!m_workspace() || !account)
        return;
    std::optional<report::DossierReportData> data;
    if (!run([&] { data = report::collectDossierReport(*m_workspace(), *account); }))
        return;
    preview(tr("Dossier of %1").arg(toQString(data->details.account.name)),
            [&](QPagedPaintDevice& device) { return report::printDossierReport(*data, device); });
}

QString ReportActions::askForPdf(const QString& title, const QString& suggestedName)
{
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir(documents).filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

void ReportActions::chooseAndExportSegments()
{
    Workspace* ws = m_workspace();
    if (!ws)
        return;
    const QString path = askForPdf(tr("Export Segment Report as PDF"),
                                   tr("Segment report %1.pdf").arg(toQString(ws->clock().today().toIso())));
    if (!path.isEmpty())
        exportSegmentReport(path);
}

void ReportActions::chooseAndExportDossier()
{
    Workspace* ws = m_workspace();
    const auto account = m_account();
    if (!ws || !account)
        return;
    QString name;
    if (!run([&] { name = toQString(ws->account(*account).name); }))
        return;
    const QString path = askForPdf(tr("Export Dossier as PDF"), tr("Dossier %1.pdf").arg(name));
    if (!path.isEmpty())
        exportDossier(*account, path);
}

} // namespace keystone::gui
