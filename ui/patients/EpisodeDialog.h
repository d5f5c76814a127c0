#pragma once

#include "model/Episode.h"
#include "patients/RecordFormDialog.h"

class QLabel;
class QLineEdit;

namespace gradus {

class DateField;
class Workspace;

// New and edit dialog for an episode of care: presenting complaint, onset, opened and (for
// an existing episode) closed. Shows the phase of care the onset gives, so the clinician
// sees at once whether the episode counts as acute, subacute or chronic.
class EpisodeDialog final : public RecordDialog<Episode>
{
    Q_OBJECT

public:
    EpisodeDialog(Workspace& workspace, const Episode& episode, SaveFunction save,
                  QWidget* parent = nullptr);

    Episode record() const override;
    bool validate() override;

private:
    void updateHints();

    QLineEdit* m_complaint = nullptr;
    DateField* m_onset = nullptr;
    DateField* m_opened = nullptr;
    DateField* m_closed = nullptr;
};

} // namespace gradus
