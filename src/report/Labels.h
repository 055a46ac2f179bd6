// What a printed report says for the domain's vocabularies, numbers and dates.
// The report layer sits below the GUI, so it keeps its own labels (translated
// through the "ReportLabels" context) and formats with the default QLocale.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Money.h"

#include <QString>
#include <string_view>

namespace keystone::report {

QString statusLabel(AccountStatus status);
QString kindsLabel(KindSet kinds);
QString roleLabel(DecisionRole role);
QString attitudeLabel(Attitude attitude);
QString interactionKindLabel(InteractionKind kind);
QString sentimentLabel(Sentiment sentiment);
QString followUpKindLabel(FollowUpKind kind);
QString tenderOutcomeLabel(TenderOutcome outcome);
QString threatLabel(ThreatLevel threat);

// ISO dates (2026-06-15): a printed page is read by people in several countries.
QString dateText(Date date);
QString dateTimeText(DateTime at); // local time, minutes
// Whole currency units, grouped in the locale's way: "1,234,568".
QString moneyText(Money amount);
// "34.5 %" from a share 0..1.
QString percentText(double share);

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
// Escaped for the report's HTML.
inline QString html(std::string_view text) { return qs(text).toHtmlEscaped(); }
// Escaped, line breaks kept.
QString htmlParagraphs(std::string_view text);

} // namespace keystone::report
