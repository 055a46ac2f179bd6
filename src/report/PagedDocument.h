// A report's pages: one QTextDocument laid out against the device that will print
// it (a QPdfWriter or a QPrinter), so the PDF and the printout break pages in the
// same places. Tables repeat their header rows on each page; every page gets a
// footer with the database name, the date made and "Page i of n".
#pragma once

#include <QString>
#include <QTextDocument>

class QPagedPaintDevice;

namespace keystone::report {

struct ParetoData;

class PagedDocument
{
public:
    // The device must outlive this object; its page layout must be set already.
    explicit PagedDocument(QPagedPaintDevice& device);

    QTextDocument& document() { return m_document; }
    // Fills the document; style sheet rules for the report's HTML come with it.
    void setHtml(const QString& body);
    // Replaces the first occurrence of `marker` with the Pareto chart, as wide as
    // the text and `heightRatio` times as high. False when the marker is absent.
    bool replaceWithChart(const QString& marker, const ParetoData& data, qreal heightRatio = 0.5);
    int pageCount() const { return m_document.pageCount(); }
    // Paints every page with its footer ("footer · Page i of n").
    void print(const QString& footer);

private:
    QPagedPaintDevice& m_device;
    QTextDocument m_document;
    qreal m_footerHeight = 0;
};

// The text width of `device`, in its own pixels.
qreal textWidthOf(const QPagedPaintDevice& device);

} // namespace keystone::report
