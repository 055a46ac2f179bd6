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
