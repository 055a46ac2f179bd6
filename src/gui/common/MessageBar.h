// An inline message above a form (an error or a notice), instead of a modal box:
// the user sees what is wrong next to what they were doing and can keep typing.
#pragma once

#include <QFrame>

class QLabel;

namespace keystone::gui {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Error,
        Information
    };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace keystone::gui
