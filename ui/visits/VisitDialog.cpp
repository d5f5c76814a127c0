#include "visits/VisitDialog.h"

#include "model/VisitChanges.h"
#include "patients/DateField.h"
#include "style/Tones.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace gradus {
namespace {

// A spin box whose lowest value means "not recorded", shown as a dash: an unasked pain
// score is not a 0.
QSpinBox* optionalSpin(int max, const QString& objectName, const QString& suffix = QString())
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(-1, max);
    spin->setSpecialValueText(QStringLiteral("\u2013"));
    spin->setValue(-1);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

std::optional<int> valueOf(const QSpinBox* spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<int>(spin->value());
}

void setValue(QSpinBox* spin, const std::optional<int>& value)
{
    spin->setValue(value.value_or(-1));
}

} // namespace

VisitDialog::VisitDialog(Mode mode, Clock& clock, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_clock(clock)
{
    setObjectName(QStringLiteral("VisitDialog"));
    setWindowTitle(mode == Mode::Record ? tr("Record Visit") : tr("Amend Visit"));
    buildForm();
    VisitRecord defaults;
    const QDateTime now = clock.now().toLocalTime();
    defaults.date = now.date();
    defaults.time = QTime(now.time().hour(), now.time().minute());
    defaults.activityLabel = tr("walking");
    setRecord(defaults);
}

QLabel* VisitDialog::errorLabel(VisitField field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error%1").arg(int(field)));
    label->setWordWrap(true);
    tones::setTextTone(label, tones::Tone::Error);
    label->setVisible(false);
    m_errors.insert(int(field), label);
    return label;
}

void VisitDialog::buildForm()
{
    // When and who.
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateField::displayFormat()); // the locale's order, 4-digit year
    m_time = new QTimeEdit;
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_clinician = new QLineEdit;
    m_clinician->setObjectName(QStringLiteral("clinicianEdit"));
    m_clinician->setPlaceholderText(tr("Who saw the patient"));
    auto* when = new QGroupBox(tr("Visit"));
    auto* whenForm = new QFormLayout(when);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_time);
    // A label for a row that is a layout gets no buddy from QFormLayout; give it one so
    // that Alt+D works and the '&' does not show.
    auto* dateLabel = new QLabel(tr("&Date and time:"));
    dateLabel->setBuddy(m_date);
    whenForm->addRow(dateLabel, dateRow);
    whenForm->addRow(errorLabel(VisitField::Date));
    whenForm->addRow(errorLabel(VisitField::Time));
    whenForm->addRow(tr("&Clinician:"), m_clinician);
    whenForm->addRow(errorLabel(VisitField::Clinician));

    // Pain, NPRS 0-10.
    m_painNow = new QSpinBox;
    m_painNow->setObjectName(QStringLiteral("painNowSpin"));
    m_painNow->setRange(0, 10);
    m_painBest = optionalSpin(10, QStringLiteral("painBestSpin"));
    m_painBest->setAccessibleName(tr("Best pain in the last 24 hours"));
    m_painWorst = optionalSpin(10, QStringLiteral("painWorstSpin"));
    m_painWorst->setAccessibleName(tr("Worst pain in the last 24 hours"));
    m_painExercise = optionalSpin(10, QStringLiteral("painExerciseSpin"));
    m_painMorning = optionalSpin(10, QStringLiteral("painMorningSpin"));
    auto* pain = new QGroupBox(tr("Pain (0 = none, 10 = worst imaginable)"));
    auto* painForm = new QFormLayout(pain);
    painForm->addRow(tr("Pain &now:"), m_painNow);
    painForm->addRow(errorLabel(VisitField::PainNow));
    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("best")));
    range->addWidget(m_painBest);
    range->addSpacing(12);
    range->addWidget(new QLabel(tr("worst")));
    range->addWidget(m_painWorst);
    range->addStretch();
    painForm->addRow(tr("Last 24 hours:"), range);
    painForm->addRow(errorLabel(VisitField::PainBest));
    painForm->addRow(errorLabel(VisitField::PainWorst));
    painForm->addRow(tr("During &exercise:"), m_painExercise);
    painForm->addRow(errorLabel(VisitField::PainExercise));
    painForm->addRow(tr("Next &morning:"), m_painMorning);
    painForm->addRow(errorLabel(VisitField::PainNextMorning));

    // Activity and adherence.
    m_activity = new QLineEdit;
    m_activity->setObjectName(QStringLiteral("activityEdit"));
    m_activityMinutes = optionalSpin(24 * 60, QStringLiteral("activityMinutesSpin"), tr(" min"));
    m_steps = optionalSpin(VisitValidator::kMaxSteps, QStringLiteral("stepsSpin"));
    m_steps->setSingleStep(500);
    m_sessionsDone = optionalSpin(VisitValidator::kMaxSessions, QStringLiteral("sessionsDoneSpin"));
    m_sessionsDone->setAccessibleName(tr("Exercise sessions done"));
    m_sessionsPlanned =
        optionalSpin(VisitValidator::kMaxSessions, QStringLiteral("sessionsPlannedSpin"));
    m_sessionsPlanned->setAccessibleName(tr("Exercise sessions planned"));
    auto* activity = new QGroupBox(tr("Activity and exercise"));
    auto* activityForm = new QFormLayout(activity);
    activityForm->addRow(tr("Daily &activity:"), m_activity);
    activityForm->addRow(tr("Minutes a day:"), m_activityMinutes);
    activityForm->addRow(errorLabel(VisitField::ActivityMinutes));
    activityForm->addRow(tr("Steps a day:"), m_steps);
    activityForm->addRow(errorLabel(VisitField::Steps));
    auto* sessions = new QHBoxLayout;
    sessions->addWidget(m_sessionsDone);
    sessions->addWidget(new QLabel(tr("of")));
    sessions->addWidget(m_sessionsPlanned);
    sessions->addStretch();
    activityForm->addRow(tr("Sessions done:"), sessions);
    activityForm->addRow(errorLabel(VisitField::Adherence));

    // Leg symptoms, neurology, notes.
    m_legs = new QComboBox;
    m_legs->setObjectName(QStringLiteral("legsCombo"));
    for (LegSymptoms v : {LegSymptoms::NotRecorded, LegSymptoms::None, LegSymptoms::Centralising,
                          LegSymptoms::Stable, LegSymptoms::Peripheralising})
        m_legs->addItem(VisitValidator::legSymptomsLabel(v), int(v));
    m_neuro = new QCheckBox(tr("New neurological signs"));
    m_neuro->setObjectName(QStringLiteral("neuroCheck"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    auto* legs = new QGroupBox(tr("Leg symptoms and notes"));
    auto* legsForm = new QFormLayout(legs);
    legsForm->addRow(tr("&Leg symptoms:"), m_legs);
    legsForm->addRow(QString(), m_neuro);
    legsForm->addRow(tr("N&otes:"), m_notes);
    legsForm->addRow(errorLabel(VisitField::Notes));

    auto* grid = new QGridLayout;
    grid->addWidget(when, 0, 0);
    grid->addWidget(pain, 1, 0);
    grid->addWidget(activity, 0, 1);
    grid->addWidget(legs, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);

    if (m_mode == Mode::Amend) {
        auto* amend = new QGroupBox(tr("Amendment"));
        auto* form = new QFormLayout(amend);
        auto* note = new QLabel(tr("The visit as first saved stays in the record. This correction "
                                   "is saved beside it with your name, the time and your reason."));
        note->setWordWrap(true);
        form->addRow(note);
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("For example: pain score typed as 6, patient said 5"));
        m_amendedBy = new QLineEdit;
        m_amendedBy->setObjectName(QStringLiteral("amendedByEdit"));
        m_reasonError = new QLabel;
        m_reasonError->setObjectName(QStringLiteral("reasonError"));
        tones::setTextTone(m_reasonError, tones::Tone::Error);
        m_reasonError->setVisible(false);
        m_changes = new QLabel;
        m_changes->setObjectName(QStringLiteral("changesLabel"));
        m_changes->setWordWrap(true);
        form->addRow(tr("&Reason:"), m_reason);
        form->addRow(m_reasonError);
        form->addRow(tr("Amended &by:"), m_amendedBy);
        form->addRow(tr("Changes:"), m_changes);
        layout->addWidget(amend);
        connect(m_reason, &QLineEdit::textChanged, this, &VisitDialog::revalidate);
        connect(m_amendedBy, &QLineEdit::textChanged, this, &VisitDialog::revalidate);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_mode == Mode::Record ? tr("Save Visit") : tr("Save Amendment"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QSpinBox* spin : {m_painNow, m_painBest, m_painWorst, m_painExercise, m_painMorning,
                           m_activityMinutes, m_steps, m_sessionsDone, m_sessionsPlanned})
        connect(spin, &QSpinBox::valueChanged, this, &VisitDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &VisitDialog::revalidate);
    connect(m_time, &QTimeEdit::timeChanged, this, &VisitDialog::revalidate);
    connect(m_clinician, &QLineEdit::textChanged, this, &VisitDialog::revalidate);
    connect(m_activity, &QLineEdit::textChanged, this, &VisitDialog::revalidate);
    connect(m_legs, &QComboBox::currentIndexChanged, this, &VisitDialog::revalidate);
    connect(m_neuro, &QCheckBox::toggled, this, &VisitDialog::revalidate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &VisitDialog::revalidate);
}

void VisitDialog::setRecord(const VisitRecord& r)
{
    m_original = r;
    m_date->setDate(r.date);
    m_time->setTime(r.time.value_or(QTime(12, 0)));
    m_clinician->setText(r.clinician);
    m_painNow->setValue(r.painNow);
    setValue(m_painBest, r.painBest);
    setValue(m_painWorst, r.painWorst);
    setValue(m_painExercise, r.painExercise);
    setValue(m_painMorning, r.painNextMorning);
    m_activity->setText(r.activityLabel);
    setValue(m_activityMinutes, r.activityMinutes);
    setValue(m_steps, r.steps);
    setValue(m_sessionsDone, r.sessionsDone);
    setValue(m_sessionsPlanned, r.sessionsPlanned);
    m_legs->setCurrentIndex(m_legs->findData(int(r.legSymptoms)));
    m_neuro->setChecked(r.newNeuroSigns);
    m_notes->setPlainText(r.notes);
    revalidate();
}

VisitRecord VisitDialog::record() const
{
    VisitRecord r;
    r.date = m_date->date();
    // A visit being amended that had no time keeps none unless the time is edited.
    if (m_mode == Mode::Amend && !m_original.time && m_time->time() == QTime(12, 0))
        r.time.reset();
    else
        r.time = m_time->time();
    r.clinician = m_clinician->text().trimmed();
    r.painNow = m_painNow->value();
    r.painBest = valueOf(m_painBest);
    r.painWorst = valueOf(m_painWorst);
    r.painExercise = valueOf(m_painExercise);
    r.painNextMorning = valueOf(m_painMorning);
    r.activityMinutes = valueOf(m_activityMinutes);
    r.activityLabel = r.activityMinutes ? m_activity->text().trimmed() : QString();
    r.steps = valueOf(m_steps);
    r.sessionsDone = valueOf(m_sessionsDone);
    r.sessionsPlanned = valueOf(m_sessionsPlanned);
    r.legSymptoms = LegSymptoms(m_legs->currentData().toInt());
    r.newNeuroSigns = m_neuro->isChecked();
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

QString VisitDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString VisitDialog::amendedBy() const
{
    return m_amendedBy ? m_amendedBy->text().trimmed() : QString();
}

void VisitDialog::setAmendedBy(const QString& name)
{
    if (m_amendedBy)
        m_amendedBy->setText(name);
}

QString VisitDialog::fieldError(VisitField field) const
{
    const QLabel* label = m_errors.value(int(field));
    return label ? label->text() : QString();
}

bool VisitDialog::canAccept() const
{
    return m_buttons && m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void VisitDialog::revalidate()
{
    if (!m_buttons)
        return;
    const VisitRecord r = record();
    QHash<int, QStringList> messages;
    for (const VisitFieldError& e : VisitValidator::validate(r, m_clock.now()))
        messages[int(e.field)] << e.message;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString text = messages.value(it.key()).join(u' ');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    bool ok = messages.isEmpty();
    if (m_mode == Mode::Amend) {
        const QStringList changes = VisitChanges::describe(m_original, r);
        m_changes->setText(changes.isEmpty() ? tr("Nothing changed yet.") : changes.join(u'\n'));
        QString problem;
        if (reason().isEmpty())
            problem = tr("Say why the visit is amended.");
        else if (amendedBy().isEmpty())
            problem = tr("Say who is amending the visit.");
        m_reasonError->setText(problem);
        m_reasonError->setVisible(!problem.isEmpty() && !changes.isEmpty());
        ok = ok && problem.isEmpty() && !changes.isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace gradus
