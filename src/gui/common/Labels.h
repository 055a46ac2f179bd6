// What the user reads for the domain's closed vocabularies. The domain keeps
// stable keys ("at_risk"); labels are the GUI's business and go through tr().
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/FollowUp.h"
#include "domain/Money.h"
#include "report/VocabularyLabels.h"

#include <QColor>

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::gui {

// The vocabularies' wording is shared with the printed reports (report/VocabularyLabels.h).
using report::attitudeLabel;
using report::followUpKindLabel;
using report::interactionKindLabel;
using report::kindLabel;
using report::kindsLabel;
using report::roleLabel;
using report::sentimentLabel;
using report::statusLabel;
// "low threat": a threat said on its own, where the printed table has a Threat column.
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
