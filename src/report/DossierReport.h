// The account dossier as a document to hand to a colleague: key facts, owner,
// segment cell, every dossier section, the people and how they decide, open
// follow-ups and commitments, recent interactions, tenders and competitors.
#pragma once

#include "analytics/Segmentation.h"
#include "app/Workspace.h"

#include <map>
#include <optional>
#include <string>

class QPagedPaintDevice;

namespace keystone::report {

struct DossierReportData
{
    std::string databaseName;
    DateTime made;
    Date today;
    AccountDetails details;
    std::optional<analytics::SegmentRow> segment; // in the default segmentation, when classified
    analytics::SegmentParameters segmentParameters;
    std::map<ManagerId, std::string> managers;     // names, for interactions and follow-ups
    std::map<CompetitorId, std::string> competitors; // names, for tender winners
    int recentInteractions = 25;                     // how many of the newest are printed
};

// Throws NotFoundError for an unknown account.
DossierReportData collectDossierReport(Workspace& workspace, AccountId account);

// Lays the dossier out against `device` and paints every page; returns the page count.
int printDossierReport(const DossierReportData& data, QPagedPaintDevice& device);

} // namespace keystone::report
