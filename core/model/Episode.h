#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace gradus {

// An episode of care: one presenting complaint of one patient, from the day it was opened
// until it is closed. A patient has at most one open episode at a time; the clinical
// profile (Condition) hangs off the episode.
struct Episode
{
    qint64 id = 0; // 0 until stored
    qint64 patientId = 0;
    QString complaint;
    QDate onsetDate; // when the complaint began; invalid when unknown. Drives the phase.
    QDate openedOn;
    QDate closedOn; // invalid while the episode is open
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // as read; an edit carries it (0: not read, no check)

    bool isOpen() const { return !closedOn.isValid(); }

    friend bool operator==(const Episode&, const Episode&) = default;
};

} // namespace gradus
