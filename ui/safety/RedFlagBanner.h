#pragma once

#include "safety/RedFlagScreen.h"
#include "services/HandoutGate.h"

#include <QFrame>

class QLabel;

namespace gradus {

class Workspace;

// A red strip for the patient view: every red flag of every screen without a recorded decision
// (what the handout gate refuses on), each with its tier and its screen's date, and what to
// do. Hidden when there are none.
class RedFlagBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RedFlagBanner(Workspace& workspace, QWidget* parent = nullptr);

    void setPatient(qint64 patientId);
    // The same from the patient's screens already read (oldest first): the red flags tab reads
    // them once for itself, this banner and the history.
    void showScreens(qint64 patientId, const QList<RedFlagScreen>& screens);
    void reload();
    // For an owner that reads the screens once and feeds them here (showScreens,
    // showUnreadable): the banner stops reading them again on each change in the store.
    void stopFollowingStore();
    // The patient's screens could not be read (`cause`): never "no red flags". The banner says
    // so, and that handouts are held back until they can be read (HandoutGate refuses too).
    void showUnreadable(const QString& cause);
    QString text() const;

private:
    void show(const QList<UndecidedRedFlag>& open);

    Workspace& m_workspace;
    qint64 m_patientId = 0;
    QLabel* m_label = nullptr;
};

} // namespace gradus
