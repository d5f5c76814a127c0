#pragma once

#include "model/Measure.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gradus {

// The answer sheet of one questionnaire. Where the licence forbids shipping the wording
// (ODI, STarT Back, TSK-17) it shows item numbers for the clinician to copy from the paper
// form; RMDQ shows its published statements with the citation; PSFS shows the patient's
// own activities.
class MeasureForm : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureForm(QWidget* parent = nullptr);

    // Rebuilds the sheet. For PSFS, `named` are the activities already named in the episode
    // (then only ratings are asked); empty means they are named now.
    void setInstrument(Instrument instrument, const QList<PsfsActivity>& named = {});
    Instrument instrument() const { return m_instrument; }

    void setAnswers(const MeasureAnswers& answers);
    // Unanswered items are empty optionals; PSFS gives one rating per activity row in use.
    MeasureAnswers answers() const;
    // PSFS: the activity names typed, in order (empty when they were already named).
    QStringList psfsNames() const;
    // One line about the wording and where it comes from.
    QString notice() const;

signals:
    void changed();

private:
    void clear();
    void addPsfsRow();

    Instrument m_instrument = Instrument::Odi;
    bool m_psfsNamed = false;
    QGridLayout* m_grid = nullptr;
    QList<QComboBox*> m_combos; // ODI, TSK, STarT item 9
    QList<QCheckBox*> m_checks; // RMDQ, STarT items 1-8
    QList<QLineEdit*> m_psfsNames;
    QList<QSpinBox*> m_psfsRatings;
    QPushButton* m_addActivity = nullptr;
};

} // namespace gradus
