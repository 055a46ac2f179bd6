// keystone_bench_empty_window: the anchor of scripts/bench's cold start (docs/performance.md). An
// empty Qt Widgets window of the main window's default size; the process exits as soon as the
// window has been painted once, so timing the whole process gives Qt's own cold start to a painted
// window. Keystone's side of the comparison is `keystone` run with KEYSTONE_EXIT_AFTER_FIRST_PAINT=1.
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {

// Quits on the first paint of any widget: the quit is queued, so the paint that triggered it (and
// the flush to the screen that ends the same backing store sync) completes first.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    FirstPaint firstPaint;
    app.installEventFilter(&firstPaint);
    QWidget window;
    window.resize(1200, 780); // MainWindow's size when no geometry is saved
    window.show();
    return QApplication::exec();
}
