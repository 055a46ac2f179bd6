#include "report/PagedDocument.h"

#include "report/ParetoChart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>

namespace keystone::report {

namespace {

// Latin, Cyrillic and Hebrew from DejaVu; Chinese from the CJK font Keystone
// installs (fonts-wqy-microhei); then whatever fontconfig finds.
QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif")});
    font.setPointSizeF(points);
    // No ligatures where the script does not need them: "ﬁ" in a PDF is not "fi" to
    // a search or a copy and paste. Scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

const char* const kStyle = R"(
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; color: #1f4e8c; }
h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 3pt; }
table.grid { border-collapse: collapse; margin-top: 2pt; margin-bottom: 4pt; }
table.grid th { background-color: #e8edf4; font-weight: bold; text-align: left; }
table.grid td, table.grid th { border: 0.5px solid #9aa5b4; padding: 2pt; }
td.num, th.num { text-align: right; }
p.note { color: #555555; }
table.matrix td { border: 0.5px solid #9aa5b4; padding: 5pt; }
)";

} // namespace

qreal textWidthOf(const QPagedPaintDevice& device) { return device.width(); }

PagedDocument::PagedDocument(QPagedPaintDevice& device) : m_device(device)
{
    // Lay out in the device's own pixels, so fonts in points come out the right size.
    m_document.documentLayout()->setPaintDevice(&m_device);
    m_document.setDefaultFont(reportFont(9));
    m_document.setDocumentMargin(0);
    m_document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
    ParetoChart::registerWith(m_document);
    const QFontMetricsF fm(reportFont(7.5), &m_device);
    m_footerHeight = fm.height() * 2.5;
    m_document.setPageSize(QSizeF(m_device.width(), m_device.height() - m_footerHeight));
}

void PagedDocument::setHtml(const QString& body) { m_document.setHtml(body); }

bool PagedDocument::replaceWithChart(const QString& marker, const ParetoData& data, qreal heightRatio)
{
    QTextCursor cursor = m_document.find(marker);
    if (cursor.isNull())
        return false;
    const qreal width = m_document.pageSize().width() * 0.98;
    cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                      ParetoChart::format(data, width, width * heightRatio));
    return true;
}

void PagedDocument::print(const QString& footer)
{
    // Inserting the chart relaid out only part of the document, and Qt's incremental
    // layout then left headings after it unplaced; lay out everything again.
    m_document.markContentsDirty(0, m_document.characterCount());
    const QSizeF page = m_document.pageSize();
    const int pages = m_document.pageCount();
    QPainter painter(&m_device);
    const QFont footerFont = reportFont(7.5);
    const QFontMetricsF fm(footerFont, &m_device);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            m_device.newPage();
        painter.save();
        const QRectF view(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal top = page.height() + fm.height() * 0.8;
        QPen rule(QColor(0x9a, 0xa5, 0xb4));
        rule.setWidthF(m_device.logicalDpiY() / 254.0); // 0.1 mm
        painter.setPen(rule);
        painter.drawLine(QPointF(0, top - fm.height() * 0.3), QPointF(page.width(), top - fm.height() * 0.3));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(footerFont);
        const QString number =
            QCoreApplication::translate("PagedDocument", "Page %1 of %2").arg(i + 1).arg(pages);
        const QRectF line(0, top, page.width(), fm.height());
        const qreal numberWidth = fm.horizontalAdvance(number) + fm.height();
        painter.drawText(line.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(footer, Qt::ElideMiddle, line.width() - numberWidth));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    }
}

} // namespace keystone::report
