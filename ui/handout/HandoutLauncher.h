#pragma once

#include "model/Prescription.h"

class QWidget;

namespace gradus {

class Workspace;

// Opens the handout dialog (preview, print, save as PDF) for a programme as shown in the
// builder. Problems assembling it (no exercises, a missing patient) are shown, not thrown;
// the safety check (red flags, exercises to avoid) is applied by the dialog itself.
void openHandoutDialog(Workspace& workspace, const Programme& programme, QWidget* parent);

// File → Print Handout… and Print Preview…: the same handout, gate and printer set-up as the
// dialog's buttons, straight to the print dialog or the preview window.
enum class HandoutOutput
{
    Print,
    Preview,
};
void outputHandout(Workspace& workspace, const Programme& programme, HandoutOutput output,
                   QWidget* parent);

} // namespace gradus
