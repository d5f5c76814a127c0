#pragma once

#include "safety/RedFlagScreen.h"
#include "services/HandoutGate.h"

#include <QFrame>

class QLabel;

namespace gradus {

// A red strip for the patient view: every red flag of every screen without a recorded decision
// (what the handout gate refuses on), each with its tier and its screen's date, and what to
// do. Hidden when there are none.
class RedFlagBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RedFlagBanner(QWidget* parent = nullptr);

    // Shows the undecided flags of the patient's screens (oldest first), or hides itself when
    // there are none. The red flags tab reads the screens once and feeds this banner and the
    // history.
    void showScreens(const QList<RedFlagScreen>& screens);
    // The patient's screens could not be read (`cause`): never "no red flags". The banner says
    // so, and that handouts are held back until they can be read (HandoutGate refuses too).
    void showUnreadable(const QString& cause);
    QString text() const;

private:
    void show(const QList<UndecidedRedFlag>& open);

    QLabel* m_label = nullptr;
};

} // namespace gradus
