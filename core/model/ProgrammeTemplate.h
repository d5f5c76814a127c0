#pragma once

#include "model/Prescription.h"

#include <QString>

namespace gradus {

// A clinic template: a programme's sections and prescriptions without a patient, to start a
// programme from. Built-in ones ship in resources/templates/ and are read-only.
struct ProgrammeTemplate
{
    qint64 id = 0;
    QString stableId; // built-in templates only
    QString name;
    QString goal;
    bool builtIn = false;
    QList<ProgrammeSection> sections;
};

} // namespace gradus
