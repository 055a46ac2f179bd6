// The Segments screen's Concentration tab: how much of the total the largest accounts
// bring, and the same window moved back a month at a time.
#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class SegmentConcentrationTab;
}

namespace keystone::gui {

struct SegmentsAnswer;

class SegmentConcentrationTab : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentConcentrationTab(QWidget* parent = nullptr);
    ~SegmentConcentrationTab() override;

    void showAnswer(const SegmentsAnswer& answer);
    void clear();

private:
    std::unique_ptr<Ui::SegmentConcentrationTab> m_ui;
};

} // namespace keystone::gui
