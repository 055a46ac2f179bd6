// The interactions with one account, newest first.
#pragma once

#include "domain/Interaction.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class InteractionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Kind,
        Subject,
        Summary,
        Sentiment,
        Outcome,
        ColumnCount
    };

    explicit InteractionTableModel(QObject* parent = nullptr);
    // Keeps the given order (Workspace::details gives newest first); those after
    // `now` are planned and shown as such.
    void setInteractions(std::vector<Interaction> interactions, DateTime now);
    const Interaction& interactionAt(int row) const { return m_interactions[static_cast<std::size_t>(row)]; }
    // The row of the interaction, -1 when it is not listed.
    int rowOf(InteractionId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Interaction> m_interactions;
    DateTime m_now;
};

} // namespace keystone::gui
