#include "report/VocabularyLabels.h"

#include <QCoreApplication>
#include <QStringList>

namespace keystone::report {

QString statusLabel(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Prospect:
        return QCoreApplication::translate("Labels", "Prospect");
    case AccountStatus::Active:
        return QCoreApplication::translate("Labels", "Active");
    case AccountStatus::AtRisk:
        return QCoreApplication::translate("Labels", "At risk");
    case AccountStatus::Lost:
        return QCoreApplication::translate("Labels", "Lost");
    case AccountStatus::WonBack:
        return QCoreApplication::translate("Labels", "Won back");
    }
    return {};
}

QString kindLabel(KeyAccountKind kind)
{
    switch (kind) {
    case KeyAccountKind::Anchor:
        return QCoreApplication::translate("Labels", "Anchor");
    case KeyAccountKind::Prospective:
        return QCoreApplication::translate("Labels", "Prospective");
    case KeyAccountKind::ImageMaker:
        return QCoreApplication::translate("Labels", "Image-maker");
    case KeyAccountKind::Expert:
        return QCoreApplication::translate("Labels", "Expert");
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
    case DecisionRole::Unknown:
        return QCoreApplication::translate("Labels", "Unknown");
    case DecisionRole::DecisionMaker:
        return QCoreApplication::translate("Labels", "Decision maker");
    case DecisionRole::EconomicBuyer:
        return QCoreApplication::translate("Labels", "Economic buyer");
    case DecisionRole::TechnicalBuyer:
        return QCoreApplication::translate("Labels", "Technical buyer");
    case DecisionRole::Influencer:
        return QCoreApplication::translate("Labels", "Influencer");
    case DecisionRole::Gatekeeper:
        return QCoreApplication::translate("Labels", "Gatekeeper");
    case DecisionRole::User:
        return QCoreApplication::translate("Labels", "User");
    case DecisionRole::Champion:
        return QCoreApplication::translate("Labels", "Champion");
    case DecisionRole::Blocker:
        return QCoreApplication::translate("Labels", "Blocker");
    }
    return {};
}

QString attitudeLabel(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Unknown:
        return QCoreApplication::translate("Labels", "Unknown");
    case Attitude::Supporter:
        return QCoreApplication::translate("Labels", "Supporter");
    case Attitude::Neutral:
        return QCoreApplication::translate("Labels", "Neutral");
    case Attitude::Opponent:
        return QCoreApplication::translate("Labels", "Opponent");
    }
    return {};
}

QString interactionKindLabel(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Call:
        return QCoreApplication::translate("Labels", "Call");
    case InteractionKind::Meeting:
        return QCoreApplication::translate("Labels", "Meeting");
    case InteractionKind::Visit:
        return QCoreApplication::translate("Labels", "Visit");
    case InteractionKind::Email:
        return QCoreApplication::translate("Labels", "E-mail");
    case InteractionKind::Demo:
        return QCoreApplication::translate("Labels", "Demo");
    case InteractionKind::Training:
        return QCoreApplication::translate("Labels", "Training");
    case InteractionKind::Complaint:
        return QCoreApplication::translate("Labels", "Complaint");
    case InteractionKind::Feedback:
        return QCoreApplication::translate("Labels", "Feedback");
    case InteractionKind::ModificationRequest:
        return QCoreApplication::translate("Labels", "Modification request");
    case InteractionKind::BetaTest:
        return QCoreApplication::translate("Labels", "Beta test");
    case InteractionKind::Negotiation:
        return QCoreApplication::translate("Labels", "Negotiation");
    }
    return {};
}

QString sentimentLabel(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Unknown:
        return QCoreApplication::translate("Labels", "Unknown");
    case Sentiment::Positive:
        return QCoreApplication::translate("Labels", "Positive");
    case Sentiment::Neutral:
        return QCoreApplication::translate("Labels", "Neutral");
    case Sentiment::Negative:
        return QCoreApplication::translate("Labels", "Negative");
    }
    return {};
}

QString followUpKindLabel(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::Task:
        return QCoreApplication::translate("Labels", "Task");
    case FollowUpKind::Commitment:
        return QCoreApplication::translate("Labels", "Commitment");
    }
    return {};
}

} // namespace keystone::report
