#include "pacing/PacingPlanDialog.h"

#include "i18n/LocaleFormat.h"
#include "pacing/PacingDose.h"
#include "patients/DateField.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gradus {

PacingPlanDialog::PacingPlanDialog(const QString& exerciseName, const PlanParameters& defaults,
                                   QWidget* parent)
    : QDialog(parent), m_unit(defaults.unit), m_exerciseName(exerciseName)
{
    setObjectName(QStringLiteral("pacingPlanDialog"));
    setWindowTitle(tr("New Graded Activity Plan"));
    auto* layout = new QVBoxLayout(this);
    dialogParts::addIntro(
        layout,
        tr("<b>%1</b>: measure how much the patient can do before pain rises, about three "
           "times, then set the goal. The plan starts below the measured tolerance and adds "
           "the same amount every week, whether or not there is pain (time-contingent).")
            .arg(exerciseName.toHtmlEscaped()),
        this, Qt::RichText);

    auto* form = new QFormLayout;
    const QString unitName = pacingUnit::name(m_unit);
    m_attempts = new QLineEdit(this);
    m_attempts->setObjectName(QStringLiteral("toleranceAttempts"));
    m_attempts->setPlaceholderText(tr("e.g. 10, 12, 11"));
    QStringList attempts;
    for (double a : defaults.toleranceAttempts)
        attempts << QString::number(a);
    m_attempts->setText(attempts.join(QStringLiteral(", ")));
    form->addRow(tr("Tolerance attempts (%1):").arg(unitName), m_attempts);

    m_goal = new QDoubleSpinBox(this);
    m_goal->setObjectName(QStringLiteral("goal"));
    m_goal->setDecimals(0);
    m_goal->setRange(0, pacingUnit::maximum(m_unit));
    m_goal->setSingleStep(pacingUnit::step(m_unit));
    m_goal->setValue(defaults.goal);
    m_goal->setSuffix(QLatin1Char(' ') + pacingUnit::symbol(m_unit));
    form->addRow(tr("Daily goal:"), m_goal);

    m_baseline = new QSpinBox(this);
    m_baseline->setObjectName(QStringLiteral("baselinePercent"));
    m_baseline->setRange(50, 100);
    m_baseline->setValue(defaults.baselinePercent);
    m_baseline->setSuffix(tr(" % of mean tolerance"));
    form->addRow(tr("Start at:"), m_baseline);

    m_weekly = new QSpinBox(this);
    m_weekly->setObjectName(QStringLiteral("weeklyPercent"));
    m_weekly->setRange(5, 20);
    m_weekly->setValue(defaults.weeklyPercent);
    m_weekly->setSuffix(tr(" % of the start, each week"));
    form->addRow(tr("Add:"), m_weekly);

    m_bouts = new QSpinBox(this);
    m_bouts->setObjectName(QStringLiteral("bouts"));
    m_bouts->setRange(1, GradedActivityPlan::kMaxBouts);
    m_bouts->setValue(std::max(1, defaults.boutsPerDay));
    form->addRow(tr("Bouts a day:"), m_bouts);

    m_start = new QDateEdit(defaults.start, this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(DateField::displayFormat()); // the locale's order, 4-digit year
    form->addRow(tr("Week 1 starts:"), m_start);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("planPreview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    layout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Plan"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_attempts, &QLineEdit::textChanged, this, &PacingPlanDialog::updatePreview);
    for (QSpinBox* box : {m_baseline, m_weekly, m_bouts})
        connect(box, &QSpinBox::valueChanged, this, &PacingPlanDialog::updatePreview);
    connect(m_goal, &QDoubleSpinBox::valueChanged, this, &PacingPlanDialog::updatePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &PacingPlanDialog::updatePreview);
    updatePreview();
}

void PacingPlanDialog::setPrescribedDose(const Dose& dose)
{
    m_dose = dose;
    updatePreview();
}

QPushButton* PacingPlanDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

PlanParameters PacingPlanDialog::parameters() const
{
    PlanParameters p;
    p.unit = m_unit;
    const QStringList parts = m_attempts->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const double v = QLocale().toDouble(part, &ok);
        p.toleranceAttempts << (ok ? v : part.toDouble(&ok));
        if (!ok)
            p.toleranceAttempts.last() = -1; // refused by the plan with a message
    }
    p.goal = m_goal->value();
    p.baselinePercent = m_baseline->value();
    p.weeklyPercent = m_weekly->value();
    p.boutsPerDay = m_bouts->value();
    p.start = m_start->date();
    return p;
}

Result<GradedActivityPlan> PacingPlanDialog::plan() const
{
    return GradedActivityPlan::create(parameters());
}

void PacingPlanDialog::updatePreview()
{
    auto made = plan();
    if (!made) {
        m_preview->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(tones::css(tones::Tone::Error, m_preview->palette()),
                                    made.error().message.toHtmlEscaped()));
        okButton()->setEnabled(false);
        return;
    }
    // Singular and plural spelled out: without an English translation file "%n week(s)"
    // would print as written.
    const QString weeks = made->weekCount() == 1
                              ? tr("The plan reaches the goal in its first week.")
                              : tr("The plan reaches the goal in week %1.").arg(made->weekCount());
    QString dose;
    if (m_dose) {
        // The same rule the store applies (PacingPlans::create).
        const Dose week1 = pacingDose::doseFor(*m_dose, m_unit, made->week(1).quota,
                                               made->parameters().boutsPerDay);
        dose = week1 == *m_dose
                   ? tr("The programme's dose of %1 already matches week 1: %2.")
                         .arg(m_exerciseName, describeDose(week1))
                   : tr("Saving also changes the programme's dose of %1 from %2 to %3 (week 1).")
                         .arg(m_exerciseName, describeDose(*m_dose), describeDose(week1));
    }
    m_preview->setText(
        QStringLiteral("%1<br>%2").arg(made->summary().toHtmlEscaped(), weeks.toHtmlEscaped()) +
        (dose.isEmpty() ? QString() : QStringLiteral("<br><b>%1</b>").arg(dose.toHtmlEscaped())));
    okButton()->setEnabled(true);
}

} // namespace gradus
