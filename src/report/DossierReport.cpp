#include "report/DossierReport.h"

#include "app/Analytics.h"
#include "report/HtmlTable.h"
#include "report/Labels.h"
#include "report/PagedDocument.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace keystone::report {

DossierReportData collectDossierReport(Workspace& workspace, AccountId account)
{
    DossierReportData data;
    data.details = workspace.details(account);
    data.databaseName = workspace.path().filename().string();
    data.made = workspace.clock().now();
    data.today = workspace.clock().today();
    Analytics analytics(workspace.store(), workspace.clock());
    data.segmentParameters = analytics.parameters({});
    const auto result = analytics.segment(data.segmentParameters);
    for (const auto& row : result.rows)
        if (row.accountId == account)
            data.segment = row;
    for (const auto& m : workspace.store().managers().list())
        data.managers[m.id] = m.name;
    for (const auto& c : workspace.store().competitors().list())
        data.competitors[c.id] = c.name;
    return data;
}

namespace {

class DossierReport
{
    Q_DECLARE_TR_FUNCTIONS(DossierReport)

public:
    explicit DossierReport(const DossierReportData& data) : m_data(data), m_d(data.details) {}

    QString body() const
    {
        return facts() + sections() + people() + followUps() + interactions() + tenders() + competitors();
    }

    QString title() const { return tr("Account dossier: %1").arg(qs(m_d.account.name)); }
    QString footer() const
    {
        return tr("Dossier of %1 · %2 · made %3")
            .arg(qs(m_d.account.name), qs(m_data.databaseName), dateTimeText(m_data.made));
    }

private:
    static QString row(const QString& label, const QString& valueHtml)
    {
        if (valueHtml.isEmpty())
            return {};
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), valueHtml);
    }
    static QString heading(const QString& text) { return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped()); }
    static QString note(const QString& text)
    {
        return QStringLiteral("<p class=\"note\">%1</p>").arg(text.toHtmlEscaped());
    }
    QString manager(const std::optional<ManagerId>& id) const
    {
        if (!id)
            return {};
        const auto it = m_data.managers.find(*id);
        return it == m_data.managers.end() ? QString() : html(it->second);
    }

    QString facts() const
    {
        const auto& a = m_d.account;
        QString out = QStringLiteral("<h1>%1</h1>").arg(html(a.name));
        if (!a.legalName.empty() && a.legalName != a.name)
            out += QStringLiteral("<p>%1</p>").arg(html(a.legalName));
        out += heading(tr("Key facts")) + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        out += row(tr("Reference"), html(a.ref));
        out += row(tr("Status"), statusLabel(a.status).toHtmlEscaped());
        out += row(tr("Key-account kinds"), kindsLabel(a.kinds).toHtmlEscaped());
        if (m_d.owner)
            out += row(tr("Owner"), html(m_d.owner->name) +
                                        (m_d.owner->email.empty() ? QString()
                                                                  : QStringLiteral(" &lt;%1&gt;").arg(html(m_d.owner->email))));
        else
            out += row(tr("Owner"), tr("nobody").toHtmlEscaped());
        if (m_d.parent)
            out += row(tr("Part of"), html(m_d.parent->name));
        out += row(tr("Industry"), html(a.industry));
        QStringList place;
        for (const auto* part : {&a.region, &a.country})
            if (!part->empty())
                place << qs(*part);
        out += row(tr("Location"), place.join(QStringLiteral(", ")).toHtmlEscaped());
        out += row(tr("Website"), html(a.website));
        if (a.headcount)
            out += row(tr("Headcount"), QLocale().toString(*a.headcount));
        QStringList tags;
        for (const auto& t : a.tags)
            tags << qs(t);
        out += row(tr("Tags"), tags.join(QStringLiteral(", ")).toHtmlEscaped());
        const auto& p = m_data.segmentParameters;
        if (m_data.segment) {
            const auto& s = *m_data.segment;
            out += row(tr("Segment"),
                       tr("%1 (%2 %3, share %4, %5 to %6)")
                           .arg(qs(s.cell()),
                                p.measure == analytics::Measure::Revenue ? tr("revenue") : tr("margin"),
                                moneyText(s.total), percentText(s.share), dateText(p.from), dateText(p.to))
                           .toHtmlEscaped());
        } else {
            out += row(tr("Segment"), tr("not classified in %1 to %2 (no positive sales)")
                                          .arg(dateText(p.from), dateText(p.to))
                                          .toHtmlEscaped());
        }
        if (m_d.lastContact)
            out += row(tr("Last contact"), dateTimeText(*m_d.lastContact));
        if (m_d.nextFollowUp)
            out += row(tr("Next follow-up"), dateText(*m_d.nextFollowUp));
        out += row(tr("Dossier complete"), tr("%1 of %2 sections").arg(m_d.dossier.filledSections()).arg(Dossier::kSections));
        return out + QStringLiteral("</table>");
    }

    QString sections() const
    {
        const auto& d = m_d.dossier;
        const std::pair<QString, const std::string*> parts[] = {
            {tr("About the company"), &d.description},
            {tr("History"), &d.history},
            {tr("Organisation"), &d.organisation},
            {tr("Environment"), &d.environment},
            {tr("Strategy and plans"), &d.strategy},
            {tr("Product needs"), &d.needs},
            {tr("How decisions are made"), &d.decisionProcess},
            {tr("Relationship notes"), &d.relationshipNotes},
        };
        QString out = heading(tr("Dossier"));
        for (const auto& [caption, text] : parts) {
            out += QStringLiteral("<h3>%1</h3>").arg(caption.toHtmlEscaped());
            out += text->empty() ? note(tr("Not written yet.")) : QStringLiteral("<p>%1</p>").arg(htmlParagraphs(*text));
        }
        return out;
    }

    QString people() const
    {
        QString out = heading(tr("People"));
        if (m_d.contacts.empty())
            return out + note(tr("No contacts recorded."));
        std::map<ContactId, std::string> names;
        for (const auto& c : m_d.contacts)
            names[c.id] = c.name;
        HtmlTable t({{tr("Name")},
                     {tr("Position")},
                     {tr("Role")},
                     {tr("Attitude")},
                     {tr("Influence"), true},
                     {tr("Reports to")},
                     {tr("E-mail and phone")}});
        for (const auto& c : m_d.contacts) {
            QString name = html(c.name);
            if (c.leftCompany)
                name += QStringLiteral(" <i>(%1)</i>").arg(tr("left the company").toHtmlEscaped());
            QStringList position;
            for (const auto* part : {&c.position, &c.department})
                if (!part->empty())
                    position << html(*part);
            QString reach = html(c.email);
            for (const auto& ph : c.phones)
                reach += (reach.isEmpty() ? QString() : QStringLiteral("<br>")) + html(ph.number) +
                         (ph.label.empty() ? QString() : QStringLiteral(" (%1)").arg(html(ph.label)));
            const auto boss = c.reportsTo ? names.find(*c.reportsTo) : names.end();
            t.addRow({name, position.join(QStringLiteral(", ")), roleLabel(c.role).toHtmlEscaped(),
                      attitudeLabel(c.attitude).toHtmlEscaped(), QStringLiteral("%1/5").arg(c.influence),
                      boss == names.end() ? QString() : html(boss->second), reach});
        }
        return out + t.toHtml();
    }

    QString followUps() const
    {
        QString out = heading(tr("Open follow-ups and commitments"));
        HtmlTable t({{tr("Due")}, {tr("Kind")}, {tr("What")}, {tr("Owner")}, {tr("State")}});
        for (const auto& f : m_d.followUps) {
            if (f.done)
                continue;
            const QString state = f.isOverdue(m_data.today)
                                      ? tr("overdue by %1 days").arg(m_data.today - f.dueDate)
                                      : (f.dueDate == m_data.today ? tr("due today") : tr("open"));
            QString what = QStringLiteral("<b>%1</b>").arg(html(f.title));
            if (!f.notes.empty())
                what += QStringLiteral("<br>") + htmlParagraphs(f.notes);
            t.addRow({dateText(f.dueDate), followUpKindLabel(f.kind).toHtmlEscaped(), what, manager(f.ownerId),
                      state.toHtmlEscaped()});
        }
        return out + (t.empty() ? note(tr("Nothing open.")) : t.toHtml());
    }

    QString interactions() const
    {
        const int shown = std::min<int>(m_data.recentInteractions, static_cast<int>(m_d.interactions.size()));
        QString out = heading(tr("Recent interactions"));
        if (shown == 0)
            return out + note(tr("No interactions recorded."));
        if (shown < static_cast<int>(m_d.interactions.size()))
            out += note(tr("The newest %1 of %2.").arg(shown).arg(m_d.interactions.size()));
        std::map<ContactId, std::string> names;
        for (const auto& c : m_d.contacts)
            names[c.id] = c.name;
        HtmlTable t({{tr("When")}, {tr("Kind")}, {tr("Subject and outcome")}, {tr("With")}, {tr("By")}});
        for (int i = 0; i < shown; ++i) {
            const auto& x = m_d.interactions[std::size_t(i)];
            QString what = QStringLiteral("<b>%1</b>").arg(html(x.subject));
            if (!x.summary.empty())
                what += QStringLiteral("<br>") + htmlParagraphs(x.summary);
            if (!x.outcome.empty())
                what += QStringLiteral("<br><i>%1</i> ").arg(tr("Outcome:").toHtmlEscaped()) + htmlParagraphs(x.outcome);
            QStringList with;
            for (const auto id : x.contactIds)
                if (auto it = names.find(id); it != names.end())
                    with << html(it->second);
            QString kind = interactionKindLabel(x.kind).toHtmlEscaped();
            if (x.sentiment != Sentiment::Unknown)
                kind += QStringLiteral("<br>") + sentimentLabel(x.sentiment).toHtmlEscaped();
            t.addRow({dateTimeText(x.occurredAt), kind, what, with.join(QStringLiteral(", ")), manager(x.managerId)});
        }
        return out + t.toHtml();
    }

    QString tenders() const
    {
        QString out = heading(tr("Tenders"));
        if (m_d.tenders.empty())
            return out + note(tr("No tenders recorded."));
        HtmlTable t({{tr("Date")}, {tr("Tender")}, {tr("Value"), true}, {tr("Outcome")}, {tr("Won by")}, {tr("Why")}});
        for (const auto& x : m_d.tenders) {
            QString winner;
            if (x.winnerId)
                if (auto it = m_data.competitors.find(*x.winnerId); it != m_data.competitors.end())
                    winner = html(it->second);
            t.addRow({dateText(x.date), html(x.title), x.value ? moneyText(*x.value) : QString(),
                      tenderOutcomeLabel(x.outcome).toHtmlEscaped(), winner, htmlParagraphs(x.reason)});
        }
        return out + t.toHtml();
    }

    QString competitors() const
    {
        QString out = heading(tr("Competitors at this account"));
        if (m_d.competitors.empty())
            return out + note(tr("No competitors recorded."));
        HtmlTable t({{tr("Competitor")}, {tr("Threat")}, {tr("Products")}, {tr("Strengths")}, {tr("Notes")}});
        for (const auto& [c, p] : m_d.competitors)
            t.addRow({html(c.name), threatLabel(p.threat).toHtmlEscaped(), htmlParagraphs(p.products),
                      htmlParagraphs(p.strengths), htmlParagraphs(p.notes)});
        return out + t.toHtml();
    }

    const DossierReportData& m_data;
    const AccountDetails& m_d;
};

} // namespace

int printDossierReport(const DossierReportData& data, QPagedPaintDevice& device)
{
    const DossierReport report(data);
    PagedDocument document(device);
    document.document().setMetaInformation(QTextDocument::DocumentTitle, report.title());
    document.setHtml(report.body());
    document.print(report.footer());
    return document.pageCount();
}

} // namespace keystone::report
