#include "report/ParetoChart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPaintDevice>
#include <QTextDocument>

#include <algorithm>

namespace keystone::report {

namespace {

constexpr int kDataProperty = QTextFormat::UserProperty + 1;
constexpr int kWidthProperty = QTextFormat::UserProperty + 2;
constexpr int kHeightProperty = QTextFormat::UserProperty + 3;

QString percent(double v) { return QLocale().toString(v * 100, 'f', 0) + QStringLiteral("\u00a0%"); }

} // namespace

void ParetoChart::registerWith(QTextDocument& document)
{
    auto* handler = new ParetoChart(&document);
    document.documentLayout()->registerHandler(kObjectType, handler);
}

QTextCharFormat ParetoChart::format(const ParetoData& data, qreal width, qreal height)
{
    QTextCharFormat f;
    f.setObjectType(kObjectType);
    f.setProperty(kDataProperty, QVariant::fromValue(data));
    f.setProperty(kWidthProperty, width);
    f.setProperty(kHeightProperty, height);
    return f;
}

QSizeF ParetoChart::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return {format.doubleProperty(kWidthProperty), format.doubleProperty(kHeightProperty)};
}

void ParetoChart::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    painter->save();
    paint(*painter, rect, format.property(kDataProperty).value<ParetoData>());
    painter->restore();
}

void ParetoChart::paint(QPainter& painter, const QRectF& rect, const ParetoData& data)
{
    // Sizes in millimetres, whatever the device's resolution.
    const qreal mm = painter.device() ? painter.device()->logicalDpiX() / 25.4 : 4;
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const qreal left = fm.horizontalAdvance(QStringLiteral("100\u00a0%")) + 2.5 * mm;
    const QRectF plot = rect.adjusted(left, fm.height() + 1.5 * mm, -2 * mm, -(2 * fm.height() + 3 * mm));
    const int n = static_cast<int>(data.cumulative.size());

    auto xOf = [&](double rank) { return plot.left() + plot.width() * (n > 0 ? rank / n : 0); };
    auto yOf = [&](double share) { return plot.bottom() - plot.height() * std::clamp(share, 0.0, 1.0); };

    // Class zones: where the ranks of A, B and C accounts lie.
    const int countA = static_cast<int>(std::count(data.classes.begin(), data.classes.end(), QLatin1Char('A')));
    const int countB = static_cast<int>(std::count(data.classes.begin(), data.classes.end(), QLatin1Char('B')));
    const struct
    {
        double from, to;
        QColor colour;
        QString name;
    } zones[] = {{0, double(countA), QColor(0xdc, 0xe9, 0xf7), tr("A")},
                 {double(countA), double(countA + countB), QColor(0xe6, 0xf2, 0xe1), tr("B")},
                 {double(countA + countB), double(n), QColor(0xf4, 0xf1, 0xe6), tr("C")}};
    painter.setPen(Qt::NoPen);
    for (const auto& z : zones) {
        if (z.to <= z.from)
            continue;
        const QRectF area(QPointF(xOf(z.from), plot.top()), QPointF(xOf(z.to), plot.bottom()));
        painter.fillRect(area, z.colour);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(area.left(), rect.top(), area.width(), fm.height()), Qt::AlignCenter, z.name);
        painter.setPen(Qt::NoPen);
    }

    // Grid and the y axis.
    QPen grid(QColor(0xbb, 0xbb, 0xbb));
    grid.setWidthF(0.15 * mm);
    for (int step = 0; step <= 5; ++step) {
        const double share = step / 5.0;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), yOf(share)), QPointF(plot.right(), yOf(share)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), yOf(share) - fm.height() / 2, left - 1.5 * mm, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, percent(share));
    }

    // The boundaries as dashed lines with their thresholds.
    QPen cut(QColor(0xb3, 0x26, 0x1e));
    cut.setWidthF(0.3 * mm);
    cut.setStyle(Qt::DashLine);
    for (const auto& [share, name] : {std::pair{data.cutA, tr("A/B")}, std::pair{data.cutB, tr("B/C")}}) {
        painter.setPen(cut);
        painter.drawLine(QPointF(plot.left(), yOf(share)), QPointF(plot.right(), yOf(share)));
        painter.drawText(QRectF(plot.right() - 30 * mm, yOf(share) - fm.height() - 0.5 * mm, 29 * mm, fm.height()),
                         Qt::AlignRight | Qt::AlignBottom, name + QStringLiteral(" ") + percent(share));
    }

    // The cumulative share, from the origin through every account.
    if (n > 0) {
        QPainterPath path(QPointF(xOf(0), yOf(0)));
        for (int i = 0; i < n; ++i)
            path.lineTo(xOf(i + 1), yOf(data.cumulative[i]));
        QPen curve(QColor(0x1f, 0x4e, 0x8c));
        curve.setWidthF(0.5 * mm);
        painter.setPen(curve);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }

    // Axes and the x labels: ranks at quarters.
    QPen axis(Qt::black);
    axis.setWidthF(0.2 * mm);
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    for (int q = 0; q <= 4; ++q) {
        const int rank = n * q / 4;
        const qreal x = xOf(rank);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 1 * mm));
        painter.drawText(QRectF(x - 10 * mm, plot.bottom() + 1.2 * mm, 20 * mm, fm.height()), Qt::AlignCenter,
                         QLocale().toString(rank));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 1.5 * mm, plot.width(), fm.height()),
                     Qt::AlignCenter, tr("Accounts by rank; the line is the cumulative share of the total"));
}

} // namespace keystone::report
