#include "DoseDialog.h"

#include "programmes/DoseValidator.h"
#include "style/Tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace gradus {

namespace {

QSpinBox* spin(int min, int max, int value, const QString& suffix = {})
{
    auto* box = new QSpinBox;
    // Ranges wider than the validator's: out-of-range values get its message instead of
    // being silently clamped.
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

void setDoseTypesOffered(QComboBox* combo, const QList<DoseType>& allowed)
{
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    if (!items)
        return;
    for (int i = 0; i < combo->count(); ++i) {
        const bool fits =
            allowed.isEmpty() || allowed.contains(DoseType(combo->itemData(i).toInt()));
        items->item(i)->setEnabled(fits);
        items->item(i)->setToolTip(fits ? QString() : DoseDialog::tr("Does not fit this exercise"));
    }
}

DoseDialog::DoseDialog(const QString& exerciseName, const Prescription& prescription,
                       QWidget* parent, const QList<DoseType>& allowedTypes)
    : QDialog(parent), m_original(prescription), m_exerciseName(exerciseName),
      m_allowed(allowedTypes)
{
    setWindowTitle(tr("Edit dose — %1").arg(exerciseName));
    const Dose& d = prescription.dose;
    m_type = new QComboBox;
    const DoseType types[] = {DoseType::Repetitions, DoseType::Hold, DoseType::Duration,
                              DoseType::Distance};
    for (DoseType t : types)
        m_type->addItem(enumLabel(t), int(t));
    setDoseTypesOffered(m_type, m_allowed);
    m_type->setCurrentIndex(m_type->findData(int(d.type)));
    m_sets = spin(0, 99, d.sets);
    m_reps = spin(0, 999, d.reps);
    m_hold = spin(0, 999, d.holdSeconds, tr(" s"));
    m_minutes = spin(0, 999, d.minutes, tr(" min"));
    m_metres = spin(0, 99999, d.metres, tr(" m"));
    m_perSide = new QCheckBox(tr("On each side"));
    m_perSide->setChecked(d.perSide);
    m_perDay = spin(0, 99, d.timesPerDay);
    m_perWeek = spin(0, 9, d.daysPerWeek);
    m_rest = spin(0, 9999, prescription.restSeconds, tr(" s"));
    m_side = new QComboBox;
    const PrescribedSide sides[] = {PrescribedSide::NotApplicable, PrescribedSide::Left,
                                    PrescribedSide::Right, PrescribedSide::Both,
                                    PrescribedSide::Alternate};
    for (PrescribedSide s : sides)
        m_side->addItem(sideLabel(s), int(s));
    m_side->setCurrentIndex(m_side->findData(int(prescription.side)));
    m_load = new QLineEdit(prescription.load);
    m_load->setPlaceholderText(tr("e.g. red band, 2 kg"));
    m_tempo = new QLineEdit(prescription.tempo);
    m_note = new QLineEdit(prescription.patientNote);
    m_note->setPlaceholderText(tr("Printed on the handout under the exercise"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Counted as:"), m_type);
    form->addRow(tr("&Sets:"), m_sets);
    form->addRow(tr("&Repetitions or holds per set:"), m_reps);
    form->addRow(tr("&Hold:"), m_hold);
    form->addRow(tr("&Minutes:"), m_minutes);
    form->addRow(tr("M&etres:"), m_metres);
    form->addRow(QString(), m_perSide);
    form->addRow(tr("Times per &day:"), m_perDay);
    form->addRow(tr("Days per &week:"), m_perWeek);
    form->addRow(tr("Rest between sets:"), m_rest);
    form->addRow(tr("S&ide:"), m_side);
    form->addRow(tr("&Load:"), m_load);
    form->addRow(tr("&Tempo:"), m_tempo);
    form->addRow(tr("&Note:"), m_note);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    tones::setTextTone(m_message, tones::Tone::Error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DoseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DoseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // Switching the type fills in the new measure rather than leaving it at zero.
        const Dose converted = DoseValidator::convert(this->prescription().dose,
                                                      DoseType(m_type->currentData().toInt()));
        m_reps->setValue(converted.reps);
        m_hold->setValue(converted.holdSeconds);
        m_minutes->setValue(converted.minutes);
        m_metres->setValue(converted.metres);
        updateEnabled();
        validate();
    });
    for (QSpinBox* box : {m_sets, m_reps, m_hold, m_minutes, m_metres, m_perDay, m_perWeek, m_rest})
        connect(box, &QSpinBox::valueChanged, this, &DoseDialog::validate);
    for (QLineEdit* line : {m_load, m_tempo, m_note})
        connect(line, &QLineEdit::textChanged, this, &DoseDialog::validate);
    updateEnabled();
    validate();
}

Prescription DoseDialog::prescription() const
{
    Prescription p = m_original;
    Dose& d = p.dose;
    d.type = DoseType(m_type->currentData().toInt());
    d.sets = m_sets->value();
    d.reps = m_reps->value();
    d.holdSeconds = m_hold->value();
    d.minutes = m_minutes->value();
    d.metres = m_metres->value();
    d = DoseValidator::withUsedMeasures(d);
    d.perSide = m_perSide->isChecked();
    d.timesPerDay = m_perDay->value();
    d.daysPerWeek = m_perWeek->value();
    p.restSeconds = m_rest->value();
    p.side = PrescribedSide(m_side->currentData().toInt());
    p.load = m_load->text().trimmed();
    p.tempo = m_tempo->text().trimmed();
    p.patientNote = m_note->text().trimmed();
    return p;
}

QString DoseDialog::problem() const
{
    const Prescription p = prescription();
    Status ok = DoseValidator::check(p);
    if (ok && !m_allowed.isEmpty() && !m_allowed.contains(p.dose.type))
        ok = Error{QStringLiteral("dose.type"),
                   tr("A dose of %1 does not fit %2: it is dosed in %3.")
                       .arg(enumLabel(p.dose.type).toLower(), m_exerciseName,
                            DoseValidator::describeTypes(m_allowed))};
    return ok ? QString() : ok.error().message;
}

void DoseDialog::updateEnabled()
{
    const auto type = DoseType(m_type->currentData().toInt());
    m_reps->setEnabled(isCounted(type));
    m_hold->setEnabled(type == DoseType::Hold);
    m_minutes->setEnabled(type == DoseType::Duration);
    m_metres->setEnabled(type == DoseType::Distance);
}

void DoseDialog::validate()
{
    const QString message = problem();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void DoseDialog::accept()
{
    validate();
    if (problem().isEmpty())
        QDialog::accept();
}

} // namespace gradus
