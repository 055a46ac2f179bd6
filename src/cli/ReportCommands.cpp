// report segments and report dossier: the printable documents of the report layer
// as PDF files, so they can be made on a schedule (cron) with no display. A
// QGuiApplication is started for these commands only, on the offscreen platform
// unless QT_QPA_PLATFORM says otherwise.
#include "cli/Command.h"
#include "domain/Text.h"
#include "report/PdfOutput.h"

namespace keystone::cli {

namespace {

std::filesystem::path outputPath(const Args& args, const char* command)
{
    const auto out = args.value("output");
    if (!out || out->empty())
        throw UsageError(std::string("report ") + command + " needs -o FILE.pdf (the PDF to write)");
    return *out;
}

int segments(Context& c, Args& args)
{
    std::set<std::string> valued = segmentWindowOptions();
    valued.insert({"compare", "as-of", "output"});
    args.parse(valued, {});
    args.expectPositional(0, "");
    report::SegmentReportOptions options;
    options.request = segmentRequestFrom(args);
    options.asOf = dateOptionOf(args, "as-of");
    if (const auto compare = args.value("compare")) {
        const auto parts = splitList(*compare);
        if (parts.size() != 2)
            throw UsageError("--compare expects two snapshot ids separated by a comma (older first), such as 3,7; not '" +
                             *compare + "'");
        options.compare = std::pair{snapshotIdOf(std::string(parts[0])), snapshotIdOf(std::string(parts[1]))};
    }
    const auto target = outputPath(args, "segments");
    auto& ws = c.workspace(readingDatabase());
    const report::GuiSession session;
    const int pages = report::writeSegmentReportPdf(ws, options, target);
    c.err << "segment report written to " << target.string() << " (" << pages << (pages == 1 ? " page" : " pages")
          << ")\n";
    return 0;
}

int dossier(Context& c, Args& args)
{
    args.parse({"output"}, {});
    args.expectPositional(1, "the account (its reference, or #id)");
    const auto target = outputPath(args, "dossier");
    auto& ws = c.workspace(readingDatabase());
    const Account account = ws.resolveAccount(args.positional()[0]);
    const report::GuiSession session;
    const int pages = report::writeDossierReportPdf(ws, account.id, target);
    c.err << "dossier of " << account.name << " written to " << target.string() << " (" << pages
          << (pages == 1 ? " page" : " pages") << ")\n";
    return 0;
}

} // namespace

Command reportCommand()
{
    Command command{"report", "printable reports as PDF: the segment report, an account's dossier",
                   "Usage: keystone-cli report COMMAND ... -o FILE.pdf\n\n"
                   "Writes a PDF (A4) atomically: a failure never leaves a partial file. Needs no\n"
                   "display: the offscreen platform is used unless QT_QPA_PLATFORM is set, so it\n"
                   "runs from cron.\n",
                   nullptr,
                   {}};
    command.subcommands = {
        {"segments", "the segment report: matrix, Pareto chart, accounts per cell, movement, risk",
         "Usage: keystone-cli report segments [--from D] [--to D] [--period month|quarter]\n"
         "         [--measure revenue|margin] [--abc a,b] [--xyz x,y] [--compare OLDER,NEWER]\n"
         "         [--as-of D] -o FILE.pdf\n\n"
         "A title page with the parameters, the 3x3 ABC-XYZ matrix (accounts and share of\n"
         "each cell), the Pareto chart with the A/B and B/C boundaries, every cell's accounts\n"
         "by the measure, the accounts not classified, the movement between two saved\n"
         "snapshots, the accounts at risk or lost with the reason, and the win-back list.\n"
         "  --from, --to ... --xyz  the segmentation, as for 'keystone-cli segment'\n"
         "                          (defaults from 'keystone-cli settings analytics')\n"
         "  --compare A,B           the snapshots to compare (see 'segment snapshots');\n"
         "                          default: the two latest, when there are two\n"
         "  --as-of D               the date for risk and win-back (default: today)\n"
         "  -o FILE.pdf             the PDF to write (required)\n",
         segments,
         {}},
        {"dossier", "an account's dossier, people, follow-ups, interactions, tenders and competitors",
         "Usage: keystone-cli report dossier ACCOUNT -o FILE.pdf\n\n"
         "ACCOUNT is the account's reference, or #id. The PDF holds the key facts, owner and\n"
         "segment cell, every dossier section, the people (role, attitude, reports to), open\n"
         "follow-ups and commitments, the newest 25 interactions, tenders and competitors:\n"
         "what a manager hands to a colleague.\n"
         "  -o FILE.pdf   the PDF to write (required)\n",
         dossier,
         {}},
    };
    return command;
}

} // namespace keystone::cli
