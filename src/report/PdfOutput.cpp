#include "report/PdfOutput.h"

#include "domain/Errors.h"
#include "app/OutputFile.h"
#include "report/DossierReport.h"
#include "report/Labels.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace keystone::report {

namespace {
int g_argc = 1;
char g_name[] = "keystone-cli";
char* g_argv[] = {g_name, nullptr};
QtMessageHandler g_previousHandler = nullptr;

// Under cron there is no XDG_RUNTIME_DIR; Qt falls back to a private one and says
// so on every run, which would mail the user a warning about nothing.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

GuiSession::GuiSession()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietHandler);
    m_app = std::make_unique<QGuiApplication>(g_argc, g_argv);
}

GuiSession::~GuiSession()
{
    if (m_app) {
        m_app.reset();
        qInstallMessageHandler(g_previousHandler);
    }
}

void setUpPdfWriter(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Keystone"));
}

namespace {

int writePdfTo(OutputFile& file, const QString& title, const std::function<int(QPagedPaintDevice&)>& paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, title);
        pages = paint(writer);
    } // the writer finishes the PDF when it goes
    const QByteArray& bytes = buffer.data();
    file.stream().write(bytes.constData(), bytes.size());
    file.commit();
    return pages;
}

} // namespace

int writePdf(const std::filesystem::path& target, const QString& title,
             const std::function<int(QPagedPaintDevice&)>& paint)
{
    // Opening the target first reports a bad path before any work.
    OutputFile file(target);
    return writePdfTo(file, title, paint);
}

int writeSegmentReportPdf(Workspace& workspace, const SegmentReportOptions& options,
                          const std::filesystem::path& target)
{
    // The target is opened before the work, so a bad path is reported first, and once only:
    // a FIFO opened twice would give its reader an empty document (app/OutputFile.h).
    OutputFile file(target);
    const auto data = collectSegmentReport(workspace, options);
    return writePdfTo(file, QCoreApplication::translate("PdfOutput", "Segment report"),
                    [&](QPagedPaintDevice& device) { return printSegmentReport(data, device); });
}

int writeDossierReportPdf(Workspace& workspace, AccountId account, const std::filesystem::path& target)
{
    OutputFile file(target);
    const auto data = collectDossierReport(workspace, account);
    return writePdfTo(file,
                    QCoreApplication::translate("PdfOutput", "Account dossier: %1").arg(qs(data.details.account.name)),
                    [&](QPagedPaintDevice& device) { return printDossierReport(data, device); });
}

} // namespace keystone::report
