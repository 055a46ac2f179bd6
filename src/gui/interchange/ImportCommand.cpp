#include "gui/interchange/ImportCommand.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace keystone::gui {

ImportCommand::ImportCommand(Workspace& workspace, const ImportSummary& summary, Undone undone, Failed failed)
    : WriteCommand(std::move(failed)), m_workspace(workspace), m_batch(summary.batch.value_or(0)),
      m_undone(std::move(undone))
{
    setText(QCoreApplication::translate("ImportCommand", "Import of %1")
                .arg(QFileInfo(QString::fromStdU16String(summary.file.u16string())).fileName()));
}

void ImportCommand::undo()
{
    // A failure removes nothing (one transaction); the command stays, its redo a no-op.
    attempt([this] {
        const UndoSummary summary = undoImport(m_workspace, m_batch);
        setObsolete(true); // QUndoStack drops it: there is nothing to redo
        if (m_undone)
            m_undone(summary);
    });
}

QString undoneText(const UndoSummary& s)
{
    // Counts as plain ints first: lupdate's parser drops a translate() call whose
    // arguments hold static_cast<...>, and these texts would never be translated.
    const int accounts = static_cast<int>(s.accounts);
    const int contacts = static_cast<int>(s.contacts);
    const int interactions = static_cast<int>(s.interactions);
    const int saleLines = static_cast<int>(s.saleLines);
    QStringList parts;
    if (accounts > 0)
        parts << QCoreApplication::translate("ImportCommand", "%Ln account(s)", nullptr, accounts);
    if (contacts > 0)
        parts << QCoreApplication::translate("ImportCommand", "%Ln contact(s)", nullptr, contacts);
    if (interactions > 0)
        parts << QCoreApplication::translate("ImportCommand", "%Ln interaction(s)", nullptr, interactions);
    if (saleLines > 0)
        parts << QCoreApplication::translate("ImportCommand", "%Ln sale line(s)", nullptr, saleLines);
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
