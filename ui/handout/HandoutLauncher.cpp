#include "HandoutLauncher.h"

#include "handout/HandoutCheck.h"
#include "handout/HandoutContent.h"
#include "handout/HandoutDialog.h"
#include "model/VisitClinician.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace gradus {

void openHandoutDialog(Workspace& workspace, const Programme& programme, QWidget* parent)
{
    HandoutContent::Options options;
    // The same "who" as on visits: this desk's clinician, by default the account's name.
    options.clinician = defaultClinicianName();
    auto content = HandoutContent::assemble(workspace, programme, options);
    if (!content) {
        QMessageBox::warning(parent, QCoreApplication::translate("HandoutLauncher", "Handout"),
                             content.error().message);
        return;
    }
    HandoutDialog dialog(workspace, *content, applicationHandoutCheck(programme), parent);
    dialog.exec();
}

} // namespace gradus
