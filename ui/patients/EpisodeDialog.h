#pragma once

#include "model/Episode.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace gradus {

class DateField;
class FormFeedback;
class Workspace;

// New and edit dialog for an episode of care: presenting complaint, onset, opened and (for
// an existing episode) closed. Shows the phase of care the onset gives, so the clinician
// sees at once whether the episode counts as acute, subacute or chronic.
class EpisodeDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Status(const Episode&)>;

    EpisodeDialog(Workspace& workspace, const Episode& episode, SaveFunction save,
                  QWidget* parent = nullptr);

    Episode episode() const;
    bool validate();
    void accept() override;

private:
    void updateHints();

    Workspace& m_workspace;
    Episode m_original;
    SaveFunction m_save;
    bool m_attempted = false;
    QWidget* m_firstInvalid = nullptr;
    FormFeedback* m_feedback = nullptr;
    QLineEdit* m_complaint = nullptr;
    DateField* m_onset = nullptr;
    DateField* m_opened = nullptr;
    DateField* m_closed = nullptr;
};

} // namespace gradus
