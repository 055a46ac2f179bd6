// The people of one account as an organisation chart drawn from their reports-to
// links: a box per person with name and title, filled by attitude, its border by
// decision role; people who left are greyed, or hidden. Ctrl+wheel, Ctrl++ and
// Ctrl+- zoom; the view scrolls. A double-click (or Enter on the selected box)
// asks to edit that person.
#pragma once

#include "domain/Contact.h"

#include <QGraphicsView>
#include <QPen>
#include <map>
#include <optional>
#include <vector>

namespace keystone::gui {

class OrgChart : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OrgChart(QWidget* parent = nullptr);
    ~OrgChart() override;

    void setContacts(std::vector<Contact> contacts);
    void setShowLeft(bool show);
    bool showsLeft() const { return m_showLeft; }
    // Where the person's box is, in scene coordinates; none when not drawn.
    std::optional<QRectF> boxOf(ContactId id) const;
    std::optional<ContactId> selectedContact() const;
    void selectContact(ContactId id);
    double zoom() const;

    // What the chart draws, for its legend.
    static QColor fillFor(Attitude attitude);
    static QPen borderFor(DecisionRole role);
    static qreal cornerFor(DecisionRole role);

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    void contactActivated(keystone::ContactId id);
    void selectionChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuild();
    void scaleBy(double factor);

    std::vector<Contact> m_contacts;
    std::map<ContactId, QRectF> m_boxes;
    bool m_showLeft = false;
};

// The key to the chart's colours and borders, for right below it.
class OrgChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit OrgChartLegend(QWidget* parent = nullptr);
};

} // namespace keystone::gui
