#include "gui/account/OrgChart.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <functional>
#include <set>

namespace keystone::gui {

namespace {

constexpr qreal kBoxWidth = 190;
constexpr qreal kBoxHeight = 62;
constexpr qreal kGapX = 24;
constexpr qreal kGapY = 46;
constexpr int kIdKey = 0; // QGraphicsItem::data key holding the contact id
constexpr int kLooseRow = 6; // people with no one above or below them, per row

// One person's box; paints itself so that text is elided to fit at any zoom.
class PersonBox : public QGraphicsItem
{
public:
    explicit PersonBox(const Contact& c) : m_contact(c)
    {
        setFlag(ItemIsSelectable);
        setFlag(ItemIsFocusable);
        setData(kIdKey, QVariant::fromValue<qlonglong>(c.id));
        QString tip = toQString(c.name);
        if (!c.position.empty())
            tip += QStringLiteral("\n") + toQString(c.position);
        tip += QStringLiteral("\n") + roleLabel(c.role) + QStringLiteral(", ") + attitudeLabel(c.attitude);
        if (c.leftCompany)
            tip += QStringLiteral("\n") + QCoreApplication::translate("OrgChart", "Has left the company");
        setToolTip(tip);
    }
    QRectF boundingRect() const override { return QRectF(-3, -3, kBoxWidth + 6, kBoxHeight + 6); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const bool left = m_contact.leftCompany;
        QPen pen = OrgChart::borderFor(m_contact.role);
        QColor fill = OrgChart::fillFor(m_contact.attitude);
        if (left) {
            pen.setColor(QColor(0xa0, 0xa0, 0xa0));
            fill = QColor(0xf2, 0xf2, 0xf2);
        }
        if (isSelected()) {
            p->setPen(QPen(QColor(0x1a, 0x73, 0xe8), 3));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(QRectF(-3, -3, kBoxWidth + 6, kBoxHeight + 6), 6, 6);
        }
        p->setPen(pen);
        p->setBrush(fill);
        const qreal corner = OrgChart::cornerFor(m_contact.role);
        p->drawRoundedRect(QRectF(0, 0, kBoxWidth, kBoxHeight), corner, corner);
        QFont bold = p->font();
        bold.setBold(true);
        bold.setItalic(left);
        QFont plain = p->font();
        plain.setItalic(left);
        const QColor ink = left ? QColor(0x70, 0x70, 0x70) : QColor(0x20, 0x20, 0x20);
        const qreal inner = kBoxWidth - 16;
        auto line = [&](const QFont& font, const QString& text, qreal y) {
            p->setFont(font);
            p->setPen(ink);
            const QFontMetricsF fm(font);
            const QString shown = fm.elidedText(text, Qt::ElideRight, inner);
            p->drawText(QRectF(8, y, inner, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        };
        QString name = toQString(m_contact.name);
        if (left)
            name = QCoreApplication::translate("OrgChart", "%1 (left)").arg(name);
        line(bold, name, 5);
        line(plain, toQString(m_contact.position), 24);
        QFont small = plain;
        small.setPointSizeF(std::max(6.0, plain.pointSizeF() * 0.85));
        line(small, roleLabel(m_contact.role), 42);
    }

private:
    Contact m_contact;
};

} // namespace

OrgChart::OrgChart(QWidget* parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Organisation chart"));
    connect(scene(), &QGraphicsScene::selectionChanged, this, &OrgChart::selectionChanged);
}

OrgChart::~OrgChart()
{
    // The scene is a child and dies after this body: clearing it deselects every box,
    // which must not reach the account tab, whose buttons may be gone already.
    scene()->disconnect(this);
}

QColor OrgChart::fillFor(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Supporter:
        return QColor(0xd4, 0xed, 0xda);
    case Attitude::Neutral:
        return QColor(0xfd, 0xf1, 0xc7);
    case Attitude::Opponent:
        return QColor(0xf8, 0xd3, 0xd0);
    case Attitude::Unknown:
        break;
    }
    return QColor(0xe9, 0xec, 0xf1);
}

QPen OrgChart::borderFor(DecisionRole role)
{
    QPen pen(QColor(0x44, 0x4c, 0x56), 1);
    switch (role) {
    case DecisionRole::DecisionMaker:
    case DecisionRole::EconomicBuyer:
        pen.setWidthF(3.5);
        break;
    case DecisionRole::TechnicalBuyer:
    case DecisionRole::Champion:
        pen.setWidthF(2);
        break;
    case DecisionRole::Blocker:
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        break;
    case DecisionRole::Gatekeeper:
        pen.setWidthF(2);
        pen.setStyle(Qt::DotLine);
        break;
    case DecisionRole::Influencer:
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashDotLine);
        break;
    case DecisionRole::User:
    case DecisionRole::Unknown:
        break;
    }
    return pen;
}

qreal OrgChart::cornerFor(DecisionRole role)
{
    // Champions are the round ones: the people who carry our case inside.
    return role == DecisionRole::Champion ? 18 : 3;
}

void OrgChart::setContacts(std::vector<Contact> contacts)
{
    m_contacts = std::move(contacts);
    rebuild();
}

void OrgChart::setShowLeft(bool show)
{
    if (show == m_showLeft)
        return;
    m_showLeft = show;
    rebuild();
}

std::optional<QRectF> OrgChart::boxOf(ContactId id) const
{
    const auto it = m_boxes.find(id);
    if (it == m_boxes.end())
        return std::nullopt;
    return it->second;
}

std::optional<ContactId> OrgChart::selectedContact() const
{
    const auto items = scene()->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    return items.front()->data(kIdKey).toLongLong();
}

void OrgChart::selectContact(ContactId id)
{
    scene()->clearSelection();
    for (auto* item : scene()->items())
        if (item->data(kIdKey).isValid() && item->data(kIdKey).toLongLong() == id) {
            item->setSelected(true);
            ensureVisible(item);
        }
}

double OrgChart::zoom() const
{
    return transform().m11();
}

void OrgChart::rebuild()
{
    const auto selected = selectedContact();
    scene()->clear();
    m_boxes.clear();
    std::map<ContactId, const Contact*> shown;
    for (const auto& c : m_contacts)
        if (m_showLeft || !c.leftCompany)
            shown[c.id] = &c;
    // Children of each person; a manager not shown (left, hidden) makes a root.
    std::map<ContactId, std::vector<const Contact*>> reports;
    std::vector<const Contact*> roots;
    for (const auto& [id, c] : shown) {
        if (c->reportsTo && shown.count(*c->reportsTo) && *c->reportsTo != id)
            reports[*c->reportsTo].push_back(c);
        else
            roots.push_back(c);
    }
    // m_contacts comes ordered by folded name; keep that order among siblings.
    std::map<ContactId, std::size_t> order;
    for (std::size_t i = 0; i < m_contacts.size(); ++i)
        order[m_contacts[i].id] = i;
    auto byOrder = [&](const Contact* a, const Contact* b) { return order[a->id] < order[b->id]; };
    for (auto& [id, list] : reports)
        std::sort(list.begin(), list.end(), byOrder);
    std::sort(roots.begin(), roots.end(), byOrder);

    const QPen linePen(QColor(0x8a, 0x92, 0x9c), 1.5);
    qreal nextX = 0;
    int deepest = -1;
    std::set<ContactId> placed;
    // Leaves take the next free place; a manager sits centred above their reports.
    std::function<qreal(const Contact*, int)> place = [&](const Contact* c, int depth) -> qreal {
        placed.insert(c->id);
        deepest = std::max(deepest, depth);
        std::vector<qreal> childX;
        if (const auto it = reports.find(c->id); it != reports.end())
            for (const Contact* child : it->second)
                if (!placed.count(child->id))
                    childX.push_back(place(child, depth + 1));
        qreal x;
        if (childX.empty()) {
            x = nextX;
            nextX += kBoxWidth + kGapX;
        } else {
            x = (childX.front() + childX.back()) / 2;
        }
        const qreal y = depth * (kBoxHeight + kGapY);
        m_boxes[c->id] = QRectF(x, y, kBoxWidth, kBoxHeight);
        for (const qreal cx : childX) {
            QPainterPath path;
            const qreal midY = y + kBoxHeight + kGapY / 2;
            path.moveTo(x + kBoxWidth / 2, y + kBoxHeight);
            path.lineTo(x + kBoxWidth / 2, midY);
            path.lineTo(cx + kBoxWidth / 2, midY);
            path.lineTo(cx + kBoxWidth / 2, y + kBoxHeight + kGapY);
            scene()->addPath(path, linePen)->setZValue(-1);
        }
        return x;
    };
    std::vector<const Contact*> loose;
    for (const Contact* root : roots) {
        if (reports.count(root->id))
            place(root, 0);
        else
            loose.push_back(root);
    }
    // People with no one above or below them: in rows beneath the trees, not one endless row.
    const qreal looseTop = (deepest + 1) * (kBoxHeight + kGapY);
    for (std::size_t i = 0; i < loose.size(); ++i) {
        const qreal x = static_cast<qreal>(i % kLooseRow) * (kBoxWidth + kGapX);
        const qreal y = looseTop + static_cast<qreal>(i / kLooseRow) * (kBoxHeight + kGapY / 2);
        m_boxes[loose[i]->id] = QRectF(x, y, kBoxWidth, kBoxHeight);
    }
    for (const auto& [id, rect] : m_boxes) {
        auto* box = new PersonBox(*shown[id]);
        box->setPos(rect.topLeft());
        scene()->addItem(box);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12));
    if (selected)
        selectContact(*selected);
}

void OrgChart::scaleBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.2, 3.0);
    const double applied = next / zoom();
    scale(applied, applied);
}

void OrgChart::zoomIn()
{
    scaleBy(1.25);
}

void OrgChart::zoomOut()
{
    scaleBy(1 / 1.25);
}

void OrgChart::zoomToFit()
{
    resetTransform();
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty() || viewport()->width() <= 0)
        return;
    const double factor = std::min({viewport()->width() / rect.width(), viewport()->height() / rect.height(), 1.0});
    scaleBy(factor);
}

void OrgChart::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void OrgChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (auto* item = itemAt(event->position().toPoint()); item && item->data(kIdKey).isValid()) {
        emit contactActivated(item->data(kIdKey).toLongLong());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void OrgChart::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selectedContact()) {
        emit contactActivated(*selectedContact());
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomOut();
            return;
        }
        if (event->key() == Qt::Key_0) {
            zoomToFit();
            return;
        }
    }
    // Arrow keys walk from box to box in reading order.
    if ((event->key() == Qt::Key_Right || event->key() == Qt::Key_Left) && !m_boxes.empty()) {
        std::vector<std::pair<QPointF, ContactId>> order;
        for (const auto& [id, rect] : m_boxes)
            order.push_back({rect.topLeft(), id});
        std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
            return a.first.y() != b.first.y() ? a.first.y() < b.first.y() : a.first.x() < b.first.x();
        });
        const bool forward = (event->key() == Qt::Key_Right) != (layoutDirection() == Qt::RightToLeft);
        std::size_t at = 0;
        if (const auto current = selectedContact()) {
            for (std::size_t i = 0; i < order.size(); ++i)
                if (order[i].second == *current)
                    at = forward ? std::min(i + 1, order.size() - 1) : (i == 0 ? 0 : i - 1);
        }
        selectContact(order[at].second);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

OrgChartLegend::OrgChartLegend(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto swatch = [&](const QColor& fill, const QPen& pen, qreal corner, const QString& text) {
        QPixmap pixmap(qRound(28 * devicePixelRatioF()), qRound(16 * devicePixelRatioF()));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(2, 2, 24, 12), std::min<qreal>(corner, 6), std::min<qreal>(corner, 6));
        p.end();
        auto* icon = new QLabel(this);
        icon->setPixmap(pixmap);
        layout->addWidget(icon);
        layout->addWidget(new QLabel(text, this));
        layout->addSpacing(6);
    };
    const QColor plain = OrgChart::fillFor(Attitude::Unknown);
    for (const Attitude a : {Attitude::Supporter, Attitude::Neutral, Attitude::Opponent, Attitude::Unknown})
        swatch(OrgChart::fillFor(a), OrgChart::borderFor(DecisionRole::User), 3, attitudeLabel(a));
    layout->addSpacing(12);
    swatch(plain, OrgChart::borderFor(DecisionRole::DecisionMaker), 3,
           tr("%1, %2").arg(roleLabel(DecisionRole::DecisionMaker), roleLabel(DecisionRole::EconomicBuyer)));
    for (const DecisionRole r : {DecisionRole::Champion, DecisionRole::Blocker, DecisionRole::Gatekeeper,
                                 DecisionRole::Influencer})
        swatch(plain, OrgChart::borderFor(r), OrgChart::cornerFor(r), roleLabel(r));
    layout->addStretch(1);
}

} // namespace keystone::gui
