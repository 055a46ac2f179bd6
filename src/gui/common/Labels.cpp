#include "gui/common/Labels.h"

#include "domain/Text.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <cstdint>

namespace keystone::gui {

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

QString threatLabel(ThreatLevel threat)
{
    switch (threat) {
    case ThreatLevel::Low:
        return QCoreApplication::translate("Labels", "low threat");
    case ThreatLevel::Medium:
        return QCoreApplication::translate("Labels", "medium threat");
    case ThreatLevel::High:
        return QCoreApplication::translate("Labels", "high threat");
    }
    return {};
}

QString formatDate(Date date)
{
    return QLocale().toString(QDate(date.year(), date.month(), date.day()), QLocale::ShortFormat);
}

QString formatDateTime(DateTime at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at.unixSeconds()).toLocalTime(),
                              QLocale::ShortFormat);
}

QString formatMoney(Money amount)
{
    // Whole cents, rounded half away from zero, in integers so nothing is lost on the way.
    constexpr std::int64_t kPerCent = Money::kScale / 100;
    const std::int64_t units = amount.units();
    const std::int64_t cents = (units < 0 ? units - kPerCent / 2 : units + kPerCent / 2) / kPerCent;
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    const QLocale locale;
    QString fraction = locale.toString(static_cast<int>(magnitude % 100));
    if (fraction.size() < 2)
        fraction.prepend(locale.zeroDigit());
    const QString text = locale.toString(static_cast<qlonglong>(magnitude / 100)) + locale.decimalPoint() + fraction;
    return cents < 0 ? locale.negativeSign() + text : text;
}

QString followUpStateLabel(const FollowUp& f, Date today)
{
    if (f.done)
        return QCoreApplication::translate("Labels", "Done");
    if (f.isOverdue(today))
        return QCoreApplication::translate("Labels", "Overdue by %Ln day(s)", nullptr, today - f.dueDate);
    if (f.dueDate == today)
        return QCoreApplication::translate("Labels", "Due today");
    return QCoreApplication::translate("Labels", "Due in %Ln day(s)", nullptr, f.dueDate - today);
}

FilterWords filterWords(const QString& text)
{
    FilterWords out;
    out.folded = foldKey(trim(toStdString(text)));
    std::size_t start = 0;
    while (start < out.folded.size()) {
        const std::size_t end = std::min(out.folded.find(' ', start), out.folded.size());
        if (end > start)
            out.words.push_back(out.folded.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace keystone::gui
