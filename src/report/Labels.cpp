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

QString statusLabel(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Prospect:
        return ReportLabels::tr("Prospect");
    case AccountStatus::Active:
        return ReportLabels::tr("Active");
    case AccountStatus::AtRisk:
        return ReportLabels::tr("At risk");
    case AccountStatus::Lost:
        return ReportLabels::tr("Lost");
    case AccountStatus::WonBack:
        return ReportLabels::tr("Won back");
    }
    return {};
}

QString kindsLabel(KindSet kinds)
{
    QStringList names;
    for (const auto k : kinds.kinds()) {
        switch (k) {
        case KeyAccountKind::Anchor:
            names << ReportLabels::tr("Anchor");
            break;
        case KeyAccountKind::Prospective:
            names << ReportLabels::tr("Prospective");
            break;
        case KeyAccountKind::ImageMaker:
            names << ReportLabels::tr("Image-maker");
            break;
        case KeyAccountKind::Expert:
            names << ReportLabels::tr("Expert");
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}

QString roleLabel(DecisionRole role)
{
    switch (role) {
    case DecisionRole::Unknown:
        return ReportLabels::tr("Unknown");
    case DecisionRole::DecisionMaker:
        return ReportLabels::tr("Decision maker");
    case DecisionRole::EconomicBuyer:
        return ReportLabels::tr("Economic buyer");
    case DecisionRole::TechnicalBuyer:
        return ReportLabels::tr("Technical buyer");
    case DecisionRole::Influencer:
        return ReportLabels::tr("Influencer");
    case DecisionRole::Gatekeeper:
        return ReportLabels::tr("Gatekeeper");
    case DecisionRole::User:
        return ReportLabels::tr("User");
    case DecisionRole::Champion:
        return ReportLabels::tr("Champion");
    case DecisionRole::Blocker:
        return ReportLabels::tr("Blocker");
    }
    return {};
}

QString attitudeLabel(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Unknown:
        return ReportLabels::tr("Unknown");
    case Attitude::Supporter:
        return ReportLabels::tr("Supporter");
    case Attitude::Neutral:
        return ReportLabels::tr("Neutral");
    case Attitude::Opponent:
        return ReportLabels::tr("Opponent");
    }
    return {};
}

QString interactionKindLabel(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Call:
        return ReportLabels::tr("Call");
    case InteractionKind::Meeting:
        return ReportLabels::tr("Meeting");
    case InteractionKind::Visit:
        return ReportLabels::tr("Visit");
    case InteractionKind::Email:
        return ReportLabels::tr("E-mail");
    case InteractionKind::Demo:
        return ReportLabels::tr("Demo");
    case InteractionKind::Training:
        return ReportLabels::tr("Training");
    case InteractionKind::Complaint:
        return ReportLabels::tr("Complaint");
    case InteractionKind::Feedback:
        return ReportLabels::tr("Feedback");
    case InteractionKind::ModificationRequest:
        return ReportLabels::tr("Modification request");
    case InteractionKind::BetaTest:
        return ReportLabels::tr("Beta test");
    case InteractionKind::Negotiation:
        return ReportLabels::tr("Negotiation");
    }
    return {};
}

QString sentimentLabel(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Unknown:
        return QString();
    case Sentiment::Positive:
        return ReportLabels::tr("Positive");
    case Sentiment::Neutral:
        return ReportLabels::tr("Neutral");
    case Sentiment::Negative:
        return ReportLabels::tr("Negative");
    }
    return {};
}

QString followUpKindLabel(FollowUpKind kind)
{
    return kind == FollowUpKind::Commitment ? ReportLabels::tr("Commitment") : ReportLabels::tr("Task");
}

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
