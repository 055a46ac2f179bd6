// The printable hand-over summary: what the new manager must know about each
// account handed over (key facts, segment cell, the dossier's essentials, key
// people and their attitude, open follow-ups and commitments, recent interactions).
// Built as HTML for a QTextDocument, shown in a print preview with "Save as PDF".
#pragma once

#include "app/AccountBulk.h"

#include <QString>
#include <filesystem>

class QPrintPreviewDialog;
class QWidget;

namespace keystone::gui {

// Reads each account of the plan as it is now (after the hand-over, or before it).
QString handOverSummaryHtml(Workspace& workspace, const HandOverPlan& plan);
// Lays the HTML out on A4 and writes the PDF atomically; throws keystone::Error naming the file.
void writeSummaryPdf(const QString& html, const std::filesystem::path& file);
// A print preview of the summary with a "Save as PDF…" button beside the printer's;
// the caller owns it (previewSummary shows it modally).
QPrintPreviewDialog* createSummaryPreview(QWidget* parent, const QString& html, const QString& title);
void previewSummary(QWidget* parent, const QString& html, const QString& title);

} // namespace keystone::gui
