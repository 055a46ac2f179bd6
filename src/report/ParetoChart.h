// The Pareto chart of a segment report: accounts by rank along the bottom, the
// cumulative share of the measure up the side, the A/B and B/C boundaries marked.
// It is a text object inside the report's QTextDocument, so it flows with the text
// and is painted in vectors by QPainter on whatever device prints the document.
#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QTextFormat>
#include <QTextObjectInterface>

class QPainter;

class QTextDocument;

namespace keystone::report {

struct ParetoData
{
    QList<double> cumulative; // per account in rank order, 0..1
    QString classes;          // the ABC class of each account, same order
    double cutA = 0.8;        // the A/B boundary, 0..1
    double cutB = 0.95;       // the B/C boundary
};

class ParetoChart : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    // Registers the handler with the document's layout (once per document).
    static void registerWith(QTextDocument& document);
    // A character format that shows the chart `width` x `height` device pixels.
    static QTextCharFormat format(const ParetoData& data, qreal width, qreal height);
    // Paints the chart into `rect`; shared by the text object and anything else.
    static void paint(QPainter& painter, const QRectF& rect, const ParetoData& data);

    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;
};

} // namespace keystone::report

Q_DECLARE_METATYPE(keystone::report::ParetoData)
