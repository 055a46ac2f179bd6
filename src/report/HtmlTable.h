// Small helpers that write the report's HTML tables: a header row that repeats on
// every page (<thead>), numbers aligned right, every text escaped.
#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace keystone::report {

struct Column
{
    Column(QString heading, bool isNumber = false, int widthPercent = 0)
        : title(std::move(heading)), number(isNumber), width(widthPercent)
    {
    }
    QString title;
    bool number;
    int width; // of the table, in percent; 0 lets the layout decide
};

class HtmlTable
{
public:
    explicit HtmlTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}
    // Cells are HTML already (escape text with report::html or toHtmlEscaped).
    void addRow(const QStringList& cells) { m_rows.push_back(cells); }
    bool empty() const { return m_rows.empty(); }
    QString toHtml() const
    {
        QString out = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                                     "<thead><tr>");
        for (const auto& c : m_columns)
            out += QStringLiteral("<th%1%2>").arg(c.number ? QStringLiteral(" class=\"num\"") : QString(),
                                                  c.width > 0 ? QStringLiteral(" width=\"%1%\"").arg(c.width)
                                                              : QString()) +
                   c.title.toHtmlEscaped() + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead><tbody>");
        for (const auto& row : m_rows) {
            out += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i) {
                const bool number = i < static_cast<int>(m_columns.size()) && m_columns[std::size_t(i)].number;
                out += (number ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>")) + row[i] +
                       QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</tbody></table>");
    }

private:
    std::vector<Column> m_columns;
    std::vector<QStringList> m_rows;
};

} // namespace keystone::report
