#include "gui/interchange/ImportCommand.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace keystone::gui {

ImportCommand::ImportCommand(Workspace& workspace, const ImportSummary& summary, Undone undone, Failed failed)
    : m_workspace(workspace), m_batch(summary.batch.value_or(0)), m_undone(std::move(undone)),
      m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("ImportCommand", "Import of %1")
                .arg(QFileInfo(QString::fromStdU16String(summary.file.u16string())).fileName()));
}

void ImportCommand::undo()
{
    try {
        const UndoSummary summary = undoImport(m_workspace, m_batch);
        setObsolete(true); // QUndoStack drops it: there is nothing to redo
        if (m_undone)
            m_undone(summary);
    } catch (const std::exception& e) {
        // Nothing was removed (one transaction); the command stays, its redo a no-op.
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
}

QString undoneText(const UndoSummary& s)
{
    QStringList parts;
    if (s.accounts > 0)
        parts << QCoreApplication::translate("ImportCommand", "%n account(s)", nullptr, static_cast<int>(s.accounts));
    if (s.contacts > 0)
        parts << QCoreApplication::translate("ImportCommand", "%n contact(s)", nullptr, static_cast<int>(s.contacts));
    if (s.interactions > 0)
        parts << QCoreApplication::translate("ImportCommand", "%n interaction(s)", nullptr,
                                             static_cast<int>(s.interactions));
    if (s.saleLines > 0)
        parts << QCoreApplication::translate("ImportCommand", "%n sale line(s)", nullptr,
                                             static_cast<int>(s.saleLines));
    QString text = parts.isEmpty()
                       ? QCoreApplication::translate("ImportCommand", "Import undone; it had added nothing.")
                       : QCoreApplication::translate("ImportCommand", "Import undone: %1 removed.")
                             .arg(QLocale().createSeparatedList(parts));
    if (!s.accountsKept.empty()) {
        QStringList kept;
        for (const auto& k : s.accountsKept)
            kept << toQString(k);
        text += QLatin1Char(' ') + QCoreApplication::translate("ImportCommand",
                                                               "Kept, because they have other data by now: %1.")
                                       .arg(QLocale().createSeparatedList(kept));
    }
    return text;
}

} // namespace keystone::gui
