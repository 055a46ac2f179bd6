#include "gui/accounts/HandOverSummary.h"

#include "domain/Text.h"
#include "gui/common/Labels.h"
#include "app/OutputFile.h"
#include "gui/common/ProblemText.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QToolBar>
#include <algorithm>
#include <memory>

namespace keystone::gui {

namespace {

QString esc(std::string_view text)
{
    return toQString(text).toHtmlEscaped();
}

// A dossier section as paragraphs, or nothing when it is empty.
QString section(const QString& title, const std::string& text)
{
    if (trim(text).empty())
        return {};
    return QStringLiteral("<p><b>%1:</b> %2</p>").arg(title, esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

constexpr std::size_t kRecentInteractions = 3;

} // namespace

QString handOverSummaryHtml(Workspace& workspace, const HandOverPlan& plan)
{
    const auto cells = latestSegmentCells(workspace.store());
    const Date today = workspace.clock().now().date();
    QString html;
    html += QStringLiteral("<html><body style=\"font-size:10pt\">");
    html += QStringLiteral("<h1>%1</h1>").arg(QCoreApplication::translate("HandOverSummary", "Hand-over: %1 to %2").arg(esc(plan.from.name), esc(plan.to.name)));
    // Plain ints: lupdate's parser drops a translate() call with static_cast<...> in it.
    const int accounts = static_cast<int>(plan.accounts.size());
    const int followUps = static_cast<int>(plan.followUps.size());
    html += QStringLiteral("<p>%1</p>")
                .arg(QStringLiteral("%1 · %2 · %3")
                         .arg(formatDate(today),
                              QCoreApplication::translate("HandOverSummary", "%Ln account(s) handed over", nullptr,
                                                          accounts),
                              QCoreApplication::translate("HandOverSummary", "%Ln open follow-up(s)", nullptr,
                                                          followUps)));
    for (const auto& planned : plan.accounts) {
        AccountDetails d;
        try {
            d = workspace.details(planned.id);
        } catch (const NotFoundError&) {
            continue; // purged since: nothing left to hand over
        }
        const Account& a = d.account;
        html += QStringLiteral("<h2>%1</h2>").arg(esc(a.name));
        QStringList facts;
        if (!a.ref.empty())
            facts << QCoreApplication::translate("HandOverSummary", "Reference %1").arg(esc(a.ref));
        facts << statusLabel(a.status);
        if (!a.kinds.empty())
            facts << kindsLabel(a.kinds).toHtmlEscaped();
        if (const auto it = cells.find(a.id); it != cells.end())
            facts << QCoreApplication::translate("HandOverSummary", "Segment %1").arg(esc(it->second));
        if (!a.industry.empty())
            facts << esc(a.industry);
        if (!a.country.empty())
            facts << esc(a.region.empty() ? a.country : a.region + ", " + a.country);
        if (a.headcount)
            facts << QCoreApplication::translate("HandOverSummary", "%Ln employee(s)", nullptr, *a.headcount);
        if (d.lastContact)
            facts << QCoreApplication::translate("HandOverSummary", "last contact %1").arg(formatDate(d.lastContact->date()));
        if (a.isArchived())
            facts << QCoreApplication::translate("HandOverSummary", "archived");
        html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

        html += section(QCoreApplication::translate("HandOverSummary", "Decision making"), d.dossier.decisionProcess);
        html += section(QCoreApplication::translate("HandOverSummary", "Relationship"), d.dossier.relationshipNotes);
        html += section(QCoreApplication::translate("HandOverSummary", "Strategy"), d.dossier.strategy);
        html += section(QCoreApplication::translate("HandOverSummary", "Needs"), d.dossier.needs);

        if (!d.contacts.empty()) {
            auto people = d.contacts;
            std::stable_sort(people.begin(), people.end(),
                             [](const Contact& x, const Contact& y) { return x.influence > y.influence; });
            html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                        .arg(QCoreApplication::translate("HandOverSummary", "Key people"));
            html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                        .arg(QCoreApplication::translate("HandOverSummary", "Name"), QCoreApplication::translate("HandOverSummary", "Role"), QCoreApplication::translate("HandOverSummary", "Attitude"), QCoreApplication::translate("HandOverSummary", "Influence"));
            for (const auto& c : people)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4/5</td></tr>")
                            .arg(esc(c.name), roleLabel(c.role).toHtmlEscaped(),
                                 attitudeLabel(c.attitude).toHtmlEscaped())
                            .arg(c.influence);
            html += QStringLiteral("</table>");
        }

        std::vector<const FollowUp*> open;
        for (const auto& f : d.followUps)
            if (!f.done)
                open.push_back(&f);
        if (!open.empty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("HandOverSummary", "Open follow-ups and commitments"));
            for (const FollowUp* f : open)
                html += QStringLiteral("<li><b>%1</b> %2: %3%4</li>")
                            .arg(formatDate(f->dueDate), followUpKindLabel(f->kind).toHtmlEscaped(), esc(f->title),
                                 f->isOverdue(today) ? QStringLiteral(" <b>(%1)</b>").arg(QCoreApplication::translate("HandOverSummary", "overdue")) : QString());
            html += QStringLiteral("</ul>");
        }

        std::vector<const Interaction*> recent;
        for (const auto& i : d.interactions) // newest first
            if (i.occurredAt.date() <= today && recent.size() < kRecentInteractions)
                recent.push_back(&i);
        if (!recent.empty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("HandOverSummary", "Recent interactions"));
            for (const Interaction* i : recent)
                html += QStringLiteral("<li><b>%1</b> %2: %3%4</li>")
                            .arg(formatDate(i->occurredAt.date()), interactionKindLabel(i->kind).toHtmlEscaped(),
                                 esc(i->subject),
                                 trim(i->outcome).empty() ? QString() : QStringLiteral(" (%1)").arg(esc(i->outcome)));
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

void writeSummaryPdf(const QString& html, const std::filesystem::path& file)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("HandOverSummary", "Hand-over summary"));
        writer.setCreator(QStringLiteral("Keystone"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    const QByteArray bytes = buffer.data();
    writeOutputFile(file, [&bytes](std::ostream& out) { out.write(bytes.constData(), bytes.size()); });
}

QPrintPreviewDialog* createSummaryPreview(QWidget* parent, const QString& html, const QString& title)
{
    auto* preview = new QPrintPreviewDialog(parent);
    preview->printer()->setPageSize(QPageSize(QPageSize::A4));
    preview->printer()->setDocName(title);
    preview->setWindowTitle(title);
    preview->resize(900, 860);
    auto* document = new QTextDocument(preview);
    document->setHtml(html);
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [document](QPrinter* target) { document->print(target); });
    if (auto* toolBar = preview->findChild<QToolBar*>()) {
        toolBar->addSeparator();
        auto* save = toolBar->addAction(QCoreApplication::translate("HandOverSummary", "Save as PDF…"));
        save->setShortcut(QKeySequence::Save);
        save->setToolTip(QCoreApplication::translate("HandOverSummary", "Save as PDF… (%1)").arg(save->shortcut().toString(QKeySequence::NativeText)));
        QObject::connect(save, &QAction::triggered, preview, [preview, html, title] {
            const QString path = QFileDialog::getSaveFileName(preview, QCoreApplication::translate("HandOverSummary", "Save as PDF"), title + QStringLiteral(".pdf"),
                                                              QCoreApplication::translate("HandOverSummary", "PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            try {
                writeSummaryPdf(html, std::filesystem::path(path.toStdU16String()));
            } catch (const std::exception& e) {
                QMessageBox::warning(preview, QCoreApplication::translate("HandOverSummary", "Not Saved"),
                                     QCoreApplication::translate("HandOverSummary", "The summary was not saved to %1: %2").arg(path, errorText(e)));
            }
        });
    }
    return preview;
}

void previewSummary(QWidget* parent, const QString& html, const QString& title)
{
    std::unique_ptr<QPrintPreviewDialog> preview(createSummaryPreview(parent, html, title));
    preview->exec();
}

} // namespace keystone::gui
