#pragma once

#include "model/Episode.h"
#include "patients/RecordFormDialog.h"
#include "util/Result.h"

#include <functional>

class QLabel;
class QLineEdit;

namespace gradus {

class DateField;
class Workspace;

// New and edit dialog for an episode of care: presenting complaint, onset, opened and (for
// an existing episode) closed. Shows the phase of care the onset gives, so the clinician
// sees at once whether the episode counts as acute, subacute or chronic.
class EpisodeDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Status(const Episode&)>;

    EpisodeDialog(Workspace& workspace, const Episode& episode, SaveFunction save,
                  QWidget* parent = nullptr);

    Episode episode() const;
    bool validate() override;

private:
    Status save() override;
    void updateHints();

    Workspace& m_workspace;
    Episode m_original;
    SaveFunction m_save;
    QLineEdit* m_complaint = nullptr;
    DateField* m_onset = nullptr;
    DateField* m_opened = nullptr;
    DateField* m_closed = nullptr;
};

} // namespace gradus
