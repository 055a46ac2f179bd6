#include "gui/common/Labels.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace keystone::gui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Labels", text); }
} // namespace

QString statusLabel(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Prospect: return tr("Prospect");
    case AccountStatus::Active: return tr("Active");
    case AccountStatus::AtRisk: return tr("At risk");
    case AccountStatus::Lost: return tr("Lost");
    case AccountStatus::WonBack: return tr("Won back");
    }
    return {};
}

QString kindLabel(KeyAccountKind kind)
{
    switch (kind) {
    case KeyAccountKind::Anchor: return tr("Anchor");
    case KeyAccountKind::Prospective: return tr("Prospective");
    case KeyAccountKind::ImageMaker: return tr("Image-maker");
    case KeyAccountKind::Expert: return tr("Expert");
    }
    return {};
}

QString kindsLabel(KindSet kinds)
{
    QStringList names;
    for (const auto k : kinds.kinds())
        names << kindLabel(k);
    return names.join(QStringLiteral(", "));
}

QString roleLabel(DecisionRole role)
{
    switch (role) {
    case DecisionRole::Unknown: return tr("Unknown");
    case DecisionRole::DecisionMaker: return tr("Decision maker");
    case DecisionRole::EconomicBuyer: return tr("Economic buyer");
    case DecisionRole::TechnicalBuyer: return tr("Technical buyer");
    case DecisionRole::Influencer: return tr("Influencer");
    case DecisionRole::Gatekeeper: return tr("Gatekeeper");
    case DecisionRole::User: return tr("User");
    case DecisionRole::Champion: return tr("Champion");
    case DecisionRole::Blocker: return tr("Blocker");
    }
    return {};
}

QString attitudeLabel(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Unknown: return tr("Unknown");
    case Attitude::Supporter: return tr("Supporter");
    case Attitude::Neutral: return tr("Neutral");
    case Attitude::Opponent: return tr("Opponent");
    }
    return {};
}

QString interactionKindLabel(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Call: return tr("Call");
    case InteractionKind::Meeting: return tr("Meeting");
    case InteractionKind::Visit: return tr("Visit");
    case InteractionKind::Email: return tr("E-mail");
    case InteractionKind::Demo: return tr("Demo");
    case InteractionKind::Training: return tr("Training");
    case InteractionKind::Complaint: return tr("Complaint");
    case InteractionKind::Feedback: return tr("Feedback");
    case InteractionKind::ModificationRequest: return tr("Modification request");
    case InteractionKind::BetaTest: return tr("Beta test");
    case InteractionKind::Negotiation: return tr("Negotiation");
    }
    return {};
}

QString sentimentLabel(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Unknown: return tr("Unknown");
    case Sentiment::Positive: return tr("Positive");
    case Sentiment::Neutral: return tr("Neutral");
    case Sentiment::Negative: return tr("Negative");
    }
    return {};
}

QString followUpKindLabel(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::Task: return tr("Task");
    case FollowUpKind::Commitment: return tr("Commitment");
    }
    return {};
}

QString formatDate(Date date)
{
    return QLocale().toString(QDate(date.year(), date.month(), date.day()), QLocale::ShortFormat);
}

QString formatDateTime(DateTime at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at.unixSeconds()).toLocalTime(), QLocale::ShortFormat);
}

} // namespace keystone::gui
