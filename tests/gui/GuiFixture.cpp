#include "GuiFixture.h"

#include "app/DemoGenerator.h"

namespace keystone::test {

const Clock& fixedClock()
{
    static const FixedClock clock(DateTime::fromDate(*Date::fromYmd(2026, 6, 15), 12));
    return clock;
}

DemoDatabase::DemoDatabase() : m_path(m_dir / "demo.db")
{
    Workspace workspace(m_path, fixedClock());
    DemoGenerator(workspace.store(), DemoOptions{30, 2, 1}).run();
}

} // namespace keystone::test
