// Writing reports as PDF files, for the CLI (which has no QGuiApplication of its
// own) and the GUI alike. The PDF is rendered into memory first and then written
// atomically, so a failure never leaves a partial file behind.
#pragma once

#include "report/SegmentReport.h"

#include <QString>
#include <filesystem>
#include <functional>
#include <memory>

class QGuiApplication;
class QPagedPaintDevice;
class QPdfWriter;

namespace keystone::report {

// Makes sure a QGuiApplication exists while it lives: fonts and painting need one.
// Starts one on the offscreen platform when QT_QPA_PLATFORM is unset (cron, ssh).
class GuiSession
{
public:
    GuiSession();
    ~GuiSession();
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

private:
    std::unique_ptr<QGuiApplication> m_app;
};

// A4 portrait with 15 mm margins, the title and creator set.
void setUpPdfWriter(QPdfWriter& writer, const QString& title);

// Renders `paint` into a PDF in memory and writes it to `target` atomically;
// returns the page count. Throws keystone::Error naming the file when it cannot
// be written. The target's directory is checked before anything is rendered.
int writePdf(const std::filesystem::path& target, const QString& title,
             const std::function<int(QPagedPaintDevice&)>& paint);

// The two reports, start to finish (a GuiSession must be alive).
int writeSegmentReportPdf(Workspace& workspace, const SegmentReportOptions& options,
                          const std::filesystem::path& target);
int writeDossierReportPdf(Workspace& workspace, AccountId account, const std::filesystem::path& target);

} // namespace keystone::report
