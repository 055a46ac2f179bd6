#include "report/Labels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace keystone::report {

namespace {
// The translation context of the labels (lupdate reads ReportLabels::tr calls).
struct ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)
};
} // namespace

QString tenderOutcomeLabel(TenderOutcome outcome)
{
    switch (outcome) {
    case TenderOutcome::Open:
        return ReportLabels::tr("Open");
    case TenderOutcome::Won:
        return ReportLabels::tr("Won");
    case TenderOutcome::Lost:
        return ReportLabels::tr("Lost", "tender outcome");
    case TenderOutcome::Withdrawn:
        return ReportLabels::tr("Withdrawn");
    }
    return {};
}

QString threatLabel(ThreatLevel threat)
{
    switch (threat) {
    case ThreatLevel::Low:
        return ReportLabels::tr("Low");
    case ThreatLevel::Medium:
        return ReportLabels::tr("Medium");
    case ThreatLevel::High:
        return ReportLabels::tr("High");
    }
    return {};
}

QString dateText(Date date) { return qs(date.toIso()); }

QString dateTimeText(DateTime at)
{
    return QDateTime::fromSecsSinceEpoch(at.unixSeconds()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString moneyText(Money amount) { return QLocale().toString(std::round(amount.toDouble()), 'f', 0); }

QString percentText(double share) { return QLocale().toString(share * 100, 'f', 1) + QStringLiteral("\u00a0%"); }

QString htmlParagraphs(std::string_view text)
{
    return qs(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace keystone::report
