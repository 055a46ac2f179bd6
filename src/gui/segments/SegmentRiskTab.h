// The Segments screen's Risk tab: the accounts at risk and lost, churn by month and
// the lost accounts worth winning back.
#pragma once

#include "domain/Ids.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SegmentRiskTab;
}

namespace keystone::gui {

class ReportList;
struct SegmentsAnswer;

class SegmentRiskTab : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentRiskTab(QWidget* parent = nullptr);
    ~SegmentRiskTab() override;

    ReportList* riskList() const;
    ReportList* winBackList() const;
    void showAnswer(const SegmentsAnswer& answer);
    void clear();

signals:
    void accountActivated(keystone::AccountId id);

private:
    std::unique_ptr<Ui::SegmentRiskTab> m_ui;
};

} // namespace keystone::gui
