// What the user reads for the domain's closed vocabularies. The domain keeps
// stable keys ("at_risk"); labels are the GUI's business and go through tr().
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/FollowUp.h"
#include "domain/Money.h"

#include <QColor>

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::gui {

QString statusLabel(AccountStatus status);
QString kindLabel(KeyAccountKind kind);
// "Anchor, Expert"; empty for no kinds.
QString kindsLabel(KindSet kinds);
QString roleLabel(DecisionRole role);
QString attitudeLabel(Attitude attitude);
QString interactionKindLabel(InteractionKind kind);
QString sentimentLabel(Sentiment sentiment);
QString followUpKindLabel(FollowUpKind kind);
QString threatLabel(ThreatLevel threat);

// "Done", "Overdue by 3 days", "Due today", "Due in 2 days", as of `today`.
QString followUpStateLabel(const FollowUp& followUp, Date today);
// The one colour for overdue items, wherever they are listed.
inline QColor overdueColor() { return QColor(0xb3, 0x26, 0x1e); }

// Dates in the user's locale; instants in the local time zone.
QString formatDate(Date date);
QString formatDateTime(DateTime at);
// Money in the user's locale, grouped, with two decimals ("1,234.50"; "1 234,50" in
// Russian), rounded half away from zero from the stored ten-thousandths. Only the
// text is rounded: the stored amount never changes.
QString formatMoney(Money amount);

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
inline std::string toStdString(const QString& text)
{
    return text.toUtf8().toStdString();
}

// What a list filter looks for: the text folded for every script (domain/Text.h), trimmed,
// and its words; a row matches when it contains every word.
struct FilterWords
{
    std::string folded;
    std::vector<std::string> words;
};
FilterWords filterWords(const QString& text);

} // namespace keystone::gui
