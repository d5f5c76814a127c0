#include "HandoutLauncher.h"
#include "PlainMessageBox.h"

#include "handout/HandoutContent.h"
#include "handout/HandoutDialog.h"
#include "services/HandoutAssembly.h"
#include "services/HandoutCheck.h"
#include "settings/DeskSettings.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <optional>

namespace gradus {

namespace {

std::optional<HandoutContent> assembled(Workspace& workspace, const Programme& programme,
                                        QWidget* parent)
{
    HandoutContent::Options options;
    // The same "who" as on visits: this desk's clinician, by default the account's name.
    options.clinician = DeskSettings().clinicianName();
    auto content = HandoutAssembly::assemble(workspace, programme, options);
    if (!content) {
        PlainMessageBox::warning(parent, QCoreApplication::translate("HandoutLauncher", "Handout"),
                                 content.error().message);
        return std::nullopt;
    }
    return *content;
}

} // namespace

void openHandoutDialog(Workspace& workspace, const Programme& programme, QWidget* parent)
{
    auto content = assembled(workspace, programme, parent);
    if (!content)
        return;
    HandoutDialog dialog(workspace, *content, applicationHandoutCheck(programme), parent);
    dialog.exec();
}

void outputHandout(Workspace& workspace, const Programme& programme, HandoutOutput output,
                   QWidget* parent)
{
    auto content = assembled(workspace, programme, parent);
    if (!content)
        return;
    // The dialog is not shown: it carries the gate, the paper and the printer set-up.
    HandoutDialog dialog(workspace, *content, applicationHandoutCheck(programme), parent);
    if (!dialog.refusal().isEmpty()) {
        PlainMessageBox::warning(parent, QCoreApplication::translate("HandoutLauncher", "Handout"),
                                 dialog.refusal());
        return;
    }
    if (output == HandoutOutput::Print)
        dialog.print();
    else
        dialog.preview();
}

} // namespace gradus
