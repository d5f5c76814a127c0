#pragma once

#include "model/Measure.h"
#include "model/Visit.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gradus {

class Clock;
class MeasureForm;

// "Record measure…" and amending a measure: choose the questionnaire, enter the answers by
// item, and see the score, band and any warning as they are entered. OK stays disabled
// until the answers can be scored.
class MeasureDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Record,
        Amend
    };
    // Gives the PSFS activities already named for an episode (empty: not yet named).
    using PsfsLookup = std::function<QList<PsfsActivity>(std::optional<qint64> episodeId)>;

    MeasureDialog(Mode mode, Clock& clock, const QList<Visit>& visits, PsfsLookup psfsLookup,
                  QWidget* parent = nullptr);

    void setInstrument(Instrument instrument);
    // Links the measure to a visit (and takes its date); 0 for none.
    void setVisit(qint64 visitId);
    // Amend: the measure as it stands.
    void setMeasure(const Measure& measure);

    MeasureInput input() const; // patientId is left 0 for the caller
    QString clinician() const;
    void setClinician(const QString& name);
    QString reason() const;

    MeasureForm* form() const { return m_form; }
    QString scoreText() const;
    QString problemText() const;
    bool canAccept() const;

private:
    void instrumentChanged();
    void rescore();
    std::optional<qint64> episodeForVisit() const;

    Mode m_mode;
    Clock& m_clock;
    QList<Visit> m_visits;
    PsfsLookup m_psfsLookup;
    Measure m_original;
    QComboBox* m_instrument = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_visit = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_notice = nullptr;
    MeasureForm* m_form = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gradus
