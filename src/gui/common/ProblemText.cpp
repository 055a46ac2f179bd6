#include "gui/common/ProblemText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace keystone::gui {

namespace {

// tr() for free functions: lupdate files these under the context "ProblemText".
struct ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)
};

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// The record kinds that "KIND N does not exist" names.
QString recordText(const QString& kind)
{
    if (kind == QLatin1String("account"))
        return ProblemText::tr("account");
    if (kind == QLatin1String("contact"))
        return ProblemText::tr("contact");
    if (kind == QLatin1String("competitor"))
        return ProblemText::tr("competitor");
    if (kind == QLatin1String("interaction"))
        return ProblemText::tr("interaction");
    if (kind == QLatin1String("follow-up"))
        return ProblemText::tr("follow-up");
    if (kind == QLatin1String("tender"))
        return ProblemText::tr("tender");
    if (kind == QLatin1String("manager"))
        return ProblemText::tr("team member");
    return kind;
}

// Messages with values in them: the English pattern, and the translation with %1, %2
// for the captured values. Built on each call, so a language switched at run time shows.
struct Pattern
{
    const char* english;
    QString translated;
};

QString translatePattern(const QString& message)
{
    const Pattern patterns[] = {
        {"^is longer than (\\d+) bytes$", ProblemText::tr("is longer than %1 bytes")},
        {"^is not valid UTF-8 at byte (\\d+)$", ProblemText::tr("is not valid UTF-8 at byte %1")},
        {"^contains the control character (.+) at character (\\d+); only TAB and line feed are allowed in text$",
         ProblemText::tr("contains the control character %1 at character %2; only TAB and line feed are allowed "
                         "in text")},
        {"^another account already has the reference '(.*)'$",
         ProblemText::tr("another account already has the reference \u201c%1\u201d")},
        {"^a competitor named '(.*)' already exists$",
         ProblemText::tr("a competitor named \u201c%1\u201d already exists")},
        {"^a competitor named '(.*)' exists again; cannot undo the merge$",
         ProblemText::tr("a competitor named \u201c%1\u201d exists again, so the merge cannot be undone")},
        {"^a reason named '(.*)' already exists$", ProblemText::tr("a reason named \u201c%1\u201d already exists")},
        {"^another team member already has the address (.+)$",
         ProblemText::tr("another team member already has the address %1")},
        {"^(.+) is deactivated and can own nothing new$",
         ProblemText::tr("%1 is deactivated and can own nothing new")},
        {"^(.+) is deactivated and cannot work in Keystone$",
         ProblemText::tr("%1 is deactivated and cannot work in Keystone")},
        {"^(.+) is deactivated already$", ProblemText::tr("%1 is deactivated already")},
    };
    for (const auto& [english, translated] : patterns) {
        const auto match = QRegularExpression(QString::fromLatin1(english)).match(message);
        if (!match.hasMatch())
            continue;
        QString text = translated;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            text = text.arg(match.captured(i));
        return text;
    }
    static const QRegularExpression missing(QStringLiteral("^([a-z-]+) (\\d+) does not exist$"));
    if (const auto match = missing.match(message); match.hasMatch())
        return ProblemText::tr("%1 %2 does not exist").arg(recordText(match.captured(1)), match.captured(2));
    return {};
}

} // namespace

QString problemText(std::string_view message)
{
    const QString english = fromView(message);
    // The domain's fixed wording (domain/Validation.cpp and the entities' own rules).
    const std::pair<const char*, QString> fixed[] = {
        {"is required", ProblemText::tr("is required")},
        {"is required: a team member is known by their e-mail address",
         ProblemText::tr("is required: a team member is known by their e-mail address")},
        {"not an e-mail address", ProblemText::tr("is not an e-mail address")},
        {"must not start or end with spaces", ProblemText::tr("must not start or end with spaces")},
        {"must not be negative", ProblemText::tr("must not be negative")},
        {"must be zero or more", ProblemText::tr("must be zero or more")},
        {"must be from 1 to 5", ProblemText::tr("must be from 1 to 5")},
        {"is set on an open follow-up", ProblemText::tr("is set on a follow-up that is still open")},
        {"a contact cannot report to themselves", ProblemText::tr("a contact cannot report to themselves")},
        {"a tag must not be empty", ProblemText::tr("a tag must not be empty")},
        {"a tag must not contain ',' or ';'", ProblemText::tr("a tag must not contain \u201c,\u201d or \u201c;\u201d")},
        {"a winning competitor is recorded only for a lost tender",
         ProblemText::tr("a winning competitor is recorded only for a lost tender")},
        {"an account cannot be its own parent", ProblemText::tr("an account cannot be its own parent")},
        {"a competitor cannot be merged into itself", ProblemText::tr("a competitor cannot be merged into itself")},
        {"a contact cannot move to another account", ProblemText::tr("a contact cannot move to another account")},
        {"a follow-up cannot move to another account",
         ProblemText::tr("a follow-up cannot move to another account")},
        {"an interaction cannot move to another account",
         ProblemText::tr("an interaction cannot move to another account")},
    };
    for (const auto& [key, translated] : fixed)
        if (english == QLatin1String(key))
            return translated;
    const QString withValues = translatePattern(english);
    return withValues.isEmpty() ? english : withValues;
}

QString fieldText(std::string_view field)
{
    const QString key = fromView(field);
    const std::pair<const char*, QString> names[] = {
        {"ref", ProblemText::tr("Reference")},
        {"name", ProblemText::tr("Name")},
        {"legal_name", ProblemText::tr("Legal name")},
        {"email", ProblemText::tr("E-mail")},
        {"phones", ProblemText::tr("Phones")},
        {"website", ProblemText::tr("Website")},
        {"industry", ProblemText::tr("Industry")},
        {"region", ProblemText::tr("Region")},
        {"country", ProblemText::tr("Country")},
        {"language", ProblemText::tr("Language")},
        {"headcount", ProblemText::tr("Headcount")},
        {"tags", ProblemText::tr("Tags")},
        {"parent", ProblemText::tr("Parent account")},
        {"owner", ProblemText::tr("Owner")},
        {"account", ProblemText::tr("Account")},
        {"contact", ProblemText::tr("Contact")},
        {"contacts", ProblemText::tr("Contacts")},
        {"position", ProblemText::tr("Position")},
        {"department", ProblemText::tr("Department")},
        {"reports_to", ProblemText::tr("Reports to")},
        {"influence", ProblemText::tr("Influence")},
        {"relationship_notes", ProblemText::tr("Relationship notes")},
        {"subject", ProblemText::tr("Subject")},
        {"notes", ProblemText::tr("Notes")},
        {"occurred_at", ProblemText::tr("When")},
        {"outcome", ProblemText::tr("Outcome")},
        {"product", ProblemText::tr("Product")},
        {"products", ProblemText::tr("Products")},
        {"title", ProblemText::tr("Title")},
        {"due", ProblemText::tr("Due")},
        {"done_at", ProblemText::tr("Done on")},
        {"interaction", ProblemText::tr("Interaction")},
        {"competitor", ProblemText::tr("Competitor")},
        {"winner", ProblemText::tr("Winner")},
        {"reason", ProblemText::tr("Reason")},
        {"value", ProblemText::tr("Value")},
        {"description", ProblemText::tr("Description")},
        {"strengths", ProblemText::tr("Strengths")},
        {"summary", ProblemText::tr("Summary")},
        {"strategy", ProblemText::tr("Strategy")},
        {"needs", ProblemText::tr("Needs")},
        {"history", ProblemText::tr("History")},
        {"environment", ProblemText::tr("Environment")},
        {"decision_process", ProblemText::tr("Decision process")},
        {"organisation", ProblemText::tr("Organisation")},
        {"handover_to", ProblemText::tr("Hand over to")},
        {"user", ProblemText::tr("User")},
        {"from", ProblemText::tr("From")},
        {"into", ProblemText::tr("Into")},
    };
    for (const auto& [name, translated] : names)
        if (key == QLatin1String(name))
            return translated;
    return key;
}

QString errorText(std::string_view message)
{
    const QString english = fromView(message);
    // Several problems are joined with "; " (domain/Errors.cpp); a problem's own "; "
    // is not followed by a field key.
    static const QRegularExpression next(QStringLiteral("; (?=[a-z_]+: )"));
    static const QRegularExpression fieldFirst(QStringLiteral("^([a-z_]+): (.*)$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    QStringList parts;
    for (const QString& part : english.split(next)) {
        const auto match = fieldFirst.match(part);
        if (match.hasMatch())
            parts << ProblemText::tr("%1: %2").arg(fieldText(match.captured(1).toStdString()),
                                                     problemText(match.captured(2).toStdString()));
        else
            parts << problemText(part.toStdString());
    }
    return parts.join(QStringLiteral("; "));
}

QString errorText(const std::exception& error) { return errorText(std::string_view(error.what())); }

} // namespace keystone::gui
