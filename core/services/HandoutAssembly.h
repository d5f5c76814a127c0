#pragma once

#include "handout/HandoutContent.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

// Gathers what a handout prints from the store: the patient, every prescribed exercise (by
// id), the clinic's settings and the programme's stored graded activity plan. The handout
// itself (HandoutBuilder) is written from the plain HandoutContent.
class HandoutAssembly
{
    Q_DECLARE_TR_FUNCTIONS(HandoutAssembly)

public:
    // Errors name what is missing; a programme without exercises is refused, and so is one
    // whose graded activity plans cannot be read.
    static Result<HandoutContent> assemble(Workspace& workspace, const Programme& programme,
                                           const HandoutContent::Options& options);
};

} // namespace gradus
