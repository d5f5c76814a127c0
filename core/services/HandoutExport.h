#pragma once

#include "handout/HandoutContent.h"
#include "services/HandoutCheck.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QPageSize>

namespace gradus {

// The one way the CLI (and scripts) write a handout: the gate first, then the PDF. When the
// gate refuses, nothing is written and its message is returned.
class HandoutExport
{
    Q_DECLARE_TR_FUNCTIONS(HandoutExport)

public:
    struct Written
    {
        int exercises = 0;
        QString languageNote; // why the handout is in English, when it is; else empty
    };

    static Result<Written> writePdf(Workspace& workspace, const HandoutContent& content,
                                    const HandoutCheck& check, const QString& path,
                                    const QPageSize& pageSize);
};

} // namespace gradus
