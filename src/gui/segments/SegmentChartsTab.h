// The Segments screen's Charts tab: the Pareto curve, the distribution of CV and
// revenue by cell over the periods (gui/segments/SegmentCharts.h draws them).
#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class SegmentChartsTab;
}

namespace keystone::gui {

struct SegmentsAnswer;

class SegmentChartsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentChartsTab(QWidget* parent = nullptr);
    ~SegmentChartsTab() override;

    void showAnswer(const SegmentsAnswer& answer);

private:
    std::unique_ptr<Ui::SegmentChartsTab> m_ui;
};

} // namespace keystone::gui
