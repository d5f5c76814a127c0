#include "services/HandoutExport.h"

#include "handout/HandoutBuilder.h"
#include "log/Logging.h"

namespace gradus {

Result<HandoutExport::Written>
HandoutExport::writePdf(Workspace& workspace, const HandoutContent& content,
                        const HandoutCheck& check, const QString& path, const QPageSize& pageSize)
{
    if (!check)
        return Error{QStringLiteral("handout.gate"),
                     tr("The handout cannot be checked for safety, so it was not written.")};
    if (auto allowed = check(workspace, content.patientId); !allowed) {
        logging::get("handout")->info("handout for patient {} refused by the gate",
                                      content.patientId);
        return allowed.error();
    }
    HandoutBuilder builder(content);
    if (auto st = builder.writePdf(path, pageSize); !st)
        return st.error();
    return Written{static_cast<int>(content.items.size()), builder.language().note()};
}

} // namespace gradus
