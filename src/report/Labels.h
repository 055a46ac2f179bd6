// What a printed report says for numbers, dates, tender outcomes and threats: the vocabularies
// the GUI shares are in report/VocabularyLabels.h; these are the page's own (translated through
// the "ReportLabels" context), formatted with the default QLocale.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Money.h"
#include "report/VocabularyLabels.h"

#include <QString>
#include <string_view>

namespace keystone::report {

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
