#include "exercises/ExerciseEditorDialog.h"

#include "exercises/ExerciseJson.h"
#include "programmes/DoseValidator.h"
#include "style/Tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gradus {
namespace {

template <typename E> QComboBox* enumCombo(E current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

template <typename E> E comboValue(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

QSpinBox* spin(int min, int max, int value, const QString& prefix, const QString& suffix,
               QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(std::clamp(value, min, max));
    box->setPrefix(prefix);
    box->setSuffix(suffix);
    // The prefix ("Sets: ") is what the box is; a screen reader says it without the colon.
    if (!prefix.isEmpty())
        box->setAccessibleName(QString(prefix).remove(u':').trimmed());
    return box;
}

QPlainTextEdit* lines(const QStringList& items, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(items.join(u'\n'), parent);
    edit->setTabChangesFocus(true);
    return edit;
}

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QStringList idsOf(const QLineEdit* edit)
{
    QStringList out;
    for (const QString& id : edit->text().split(u',', Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            out << id.trimmed();
    return out;
}

} // namespace

ExerciseEditorDialog::ExerciseEditorDialog(const Exercise& exercise, Save save, QWidget* parent)
    : QDialog(parent), m_original(exercise), m_save(std::move(save))
{
    setObjectName(QStringLiteral("ExerciseEditorDialog"));
    setWindowTitle(exercise.id == 0 ? tr("New Exercise") : tr("Edit \"%1\"").arg(exercise.name));
    auto* layout = new QVBoxLayout(this);
    if (exercise.isBuiltIn()) {
        auto* note = new QLabel(tr("This is a built-in exercise. Once you change it, library "
                                   "updates will leave your version alone.") +
                                    u' ' +
                                    tr("Its texts become your clinic's own: shown and printed "
                                       "as you write them here, whatever the language."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* tabs = new QTabWidget(this);
    tabs->addTab(createGeneralTab(), tr("Exercise"));
    tabs->addTab(createTextTab(), tr("Instructions"));
    tabs->addTab(createPropertiesTab(), tr("Properties"));
    layout->addWidget(tabs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    tones::setTextTone(m_error, tones::Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExerciseEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(620, 560);
}

QWidget* ExerciseEditorDialog::createGeneralTab()
{
    const Exercise& e = m_original;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_name = new QLineEdit(e.name, page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ExerciseJson::kMaxNameLength);
    form->addRow(tr("&Name:"), m_name);
    m_summary = new QLineEdit(e.summary, page);
    m_summary->setPlaceholderText(tr("One sentence: what it is for"));
    form->addRow(tr("&Summary:"), m_summary);
    m_category = enumCombo(e.category, page);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    form->addRow(tr("&Category:"), m_category);
    m_position = enumCombo(e.properties.position, page);
    form->addRow(tr("&Position:"), m_position);

    auto* equipment = new QGroupBox(tr("Equipment"), page);
    auto* grid = new QGridLayout(equipment);
    int i = 0;
    for (Equipment item : enumValues<Equipment>()) {
        auto* box = new QCheckBox(enumLabel(item), equipment);
        box->setChecked(e.properties.needs(item));
        m_equipment.insert(int(item), box);
        grid->addWidget(box, i / 3, i % 3);
        ++i;
    }
    form->addRow(equipment);

    auto* dose = new QGroupBox(tr("Default dose"), page);
    auto* doseForm = new QFormLayout(dose);
    m_doseType = enumCombo(e.dose.type, dose);
    doseForm->addRow(tr("Counted as:"), m_doseType);
    m_sets = spin(1, 10, e.dose.sets, tr("Sets: "), QString(), dose);
    m_reps = spin(1, 100, e.dose.reps, tr("Repetitions: "), QString(), dose);
    m_reps->setObjectName(QStringLiteral("repsSpin"));
    m_hold = spin(1, 300, e.dose.holdSeconds > 0 ? e.dose.holdSeconds : 10, tr("Hold: "), tr(" s"),
                  dose);
    m_minutes = spin(1, 180, e.dose.minutes > 0 ? e.dose.minutes : 10, QString(), tr(" min"), dose);
    m_metres = spin(1, 50000, e.dose.metres > 0 ? e.dose.metres : 500, QString(), tr(" m"), dose);
    m_perSide = new QCheckBox(tr("Each side"), dose);
    m_perSide->setChecked(e.dose.perSide);
    auto* amount = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(m_sets), static_cast<QWidget*>(m_reps),
                       static_cast<QWidget*>(m_hold), static_cast<QWidget*>(m_minutes),
                       static_cast<QWidget*>(m_metres), static_cast<QWidget*>(m_perSide)})
        amount->addWidget(w);
    amount->addStretch(1);
    doseForm->addRow(tr("Amount:"), amount);
    m_perDay = spin(1, 12, e.dose.timesPerDay, tr("Times a day: "), QString(), dose);
    m_daysPerWeek = spin(1, 7, e.dose.daysPerWeek, tr("Days a week: "), QString(), dose);
    auto* often = new QHBoxLayout;
    often->addWidget(m_perDay);
    often->addWidget(m_daysPerWeek);
    often->addStretch(1);
    doseForm->addRow(tr("How often:"), often);
    // The kinds of dose a prescription of this exercise may take (no walking in sets of
    // repetitions); the default dose's kind always fits.
    const QList<DoseType> fits = DoseValidator::allowedTypes(e);
    auto* kinds = new QHBoxLayout;
    for (DoseType t : enumValues<DoseType>()) {
        auto* box = new QCheckBox(enumLabel(t), dose);
        box->setObjectName(QStringLiteral("doseType_") + enumName(t));
        box->setChecked(fits.contains(t));
        m_doseTypes.insert(int(t), box);
        kinds->addWidget(box);
    }
    kinds->addStretch(1);
    doseForm->addRow(tr("Doses that fit:"), kinds);
    form->addRow(dose);
    connect(m_doseType, &QComboBox::currentIndexChanged, this,
            &ExerciseEditorDialog::updateDoseFields);
    updateDoseFields();
    return page;
}

QWidget* ExerciseEditorDialog::createTextTab()
{
    const Exercise& e = m_original;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* hint = new QLabel(
        tr("One step or cue per line, in short sentences addressed to the patient."), page);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_instructions = lines(e.instructions, page);
    m_instructions->setObjectName(QStringLiteral("instructionsEdit"));
    form->addRow(tr("&Steps:"), m_instructions);
    m_feel = lines(e.feel, page);
    m_feel->setMaximumHeight(70);
    form->addRow(tr("You should &feel:"), m_feel);
    m_stopIf = lines(e.stopIf, page);
    m_stopIf->setMaximumHeight(90);
    form->addRow(tr("S&top if:"), m_stopIf);
    m_regressions = new QLineEdit(e.regressions.join(QStringLiteral(", ")), page);
    m_regressions->setPlaceholderText(tr("ids of easier exercises, e.g. modified_plank"));
    form->addRow(tr("&Easier:"), m_regressions);
    m_progressions = new QLineEdit(e.progressions.join(QStringLiteral(", ")), page);
    m_progressions->setPlaceholderText(tr("ids of harder exercises, e.g. plank"));
    form->addRow(tr("&Harder:"), m_progressions);
    m_source = new QLineEdit(e.source, page);
    form->addRow(tr("So&urce:"), m_source);
    return page;
}

QWidget* ExerciseEditorDialog::createPropertiesTab()
{
    const ExerciseProperties& p = m_original.properties;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* hint = new QLabel(tr("The safety rules use these to warn about exercises that do not "
                               "suit a patient's conditions."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto* movements = new QHBoxLayout;
    for (SpinalMovement m : enumValues<SpinalMovement>()) {
        auto* box = new QCheckBox(enumLabel(m), page);
        box->setChecked(p.moves(m));
        m_movements.insert(int(m), box);
        movements->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ExerciseEditorDialog::updateMovementBoxes);
    }
    form->addRow(tr("Spinal movement:"), movements);
    m_endRange = new QCheckBox(tr("Goes to the end of the range"), page);
    m_endRange->setChecked(p.endRange);
    form->addRow(QString(), m_endRange);
    m_load = enumCombo(p.spinalLoad, page);
    form->addRow(tr("Spinal &load:"), m_load);
    m_impact = enumCombo(p.impact, page);
    form->addRow(tr("&Impact:"), m_impact);
    m_balance = enumCombo(p.balance, page);
    form->addRow(tr("&Balance demand:"), m_balance);
    m_loaded = new QCheckBox(tr("Against external resistance (weights, band)"), page);
    m_loaded->setChecked(p.loaded);
    form->addRow(QString(), m_loaded);
    m_overhead = new QCheckBox(tr("Hands or load go overhead"), page);
    m_overhead->setChecked(p.overhead);
    form->addRow(QString(), m_overhead);
    m_liftFromFloor = new QCheckBox(tr("Lifts a load from the floor"), page);
    m_liftFromFloor->setChecked(p.liftFromFloor);
    form->addRow(QString(), m_liftFromFloor);
    updateMovementBoxes();
    return page;
}

void ExerciseEditorDialog::updateDoseFields()
{
    const auto type = comboValue<DoseType>(m_doseType);
    const bool counted = isCounted(type);
    m_sets->setVisible(counted);
    m_reps->setVisible(counted);
    m_reps->setPrefix(type == DoseType::Hold ? tr("Holds: ") : tr("Repetitions: "));
    m_hold->setVisible(type == DoseType::Hold);
    m_minutes->setVisible(type == DoseType::Duration);
    m_metres->setVisible(type == DoseType::Distance);
    m_perSide->setVisible(counted);
    for (auto it = m_doseTypes.cbegin(); it != m_doseTypes.cend(); ++it) {
        const bool isDefault = it.key() == int(type);
        if (isDefault)
            it.value()->setChecked(true);
        it.value()->setEnabled(!isDefault);
        it.value()->setToolTip(isDefault ? tr("The default dose is of this kind.") : QString());
    }
}

void ExerciseEditorDialog::updateMovementBoxes()
{
    // "Neutral" means the spine is held still, so it excludes every movement.
    QCheckBox* neutral = m_movements.value(int(SpinalMovement::Neutral));
    bool anyMovement = false;
    for (auto it = m_movements.cbegin(); it != m_movements.cend(); ++it)
        if (it.key() != int(SpinalMovement::Neutral) && it.value()->isChecked())
            anyMovement = true;
    neutral->setEnabled(!anyMovement);
    if (anyMovement)
        neutral->setChecked(false);
    m_endRange->setEnabled(anyMovement);
    if (!anyMovement)
        m_endRange->setChecked(false);
}

Exercise ExerciseEditorDialog::exercise() const
{
    Exercise e = m_original;
    e.name = m_name->text().trimmed();
    e.summary = m_summary->text().trimmed();
    e.category = comboValue<ExerciseCategory>(m_category);
    ExerciseProperties& p = e.properties;
    p.position = comboValue<BodyPosition>(m_position);
    p.equipment.clear();
    for (Equipment item : enumValues<Equipment>())
        if (m_equipment.value(int(item))->isChecked())
            p.equipment << item;
    p.spinalMovements.clear();
    for (SpinalMovement m : enumValues<SpinalMovement>())
        if (m_movements.value(int(m))->isChecked())
            p.spinalMovements << m;
    if (p.spinalMovements.isEmpty())
        p.spinalMovements << SpinalMovement::Neutral;
    p.endRange = m_endRange->isChecked();
    p.spinalLoad = comboValue<SpinalLoad>(m_load);
    p.impact = comboValue<Impact>(m_impact);
    p.balance = comboValue<BalanceDemand>(m_balance);
    p.loaded = m_loaded->isChecked();
    p.overhead = m_overhead->isChecked();
    p.liftFromFloor = m_liftFromFloor->isChecked();

    Dose& d = e.dose;
    d.type = comboValue<DoseType>(m_doseType);
    const bool counted = isCounted(d.type);
    d.sets = counted ? m_sets->value() : 0;
    d.reps = m_reps->value();
    d.holdSeconds = m_hold->value();
    d.minutes = m_minutes->value();
    d.metres = m_metres->value();
    d.perSide = counted && m_perSide->isChecked();
    d.timesPerDay = m_perDay->value();
    d.daysPerWeek = m_daysPerWeek->value();
    d = DoseValidator::withUsedMeasures(d);
    e.doseTypes.clear();
    for (DoseType t : enumValues<DoseType>())
        if (m_doseTypes.value(int(t))->isChecked())
            e.doseTypes << t;

    e.instructions = linesOf(m_instructions);
    e.feel = linesOf(m_feel);
    e.stopIf = linesOf(m_stopIf);
    e.regressions = idsOf(m_regressions);
    e.progressions = idsOf(m_progressions);
    e.source = m_source->text().trimmed();
    return e;
}

QString ExerciseEditorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExerciseEditorDialog::accept()
{
    const Exercise e = exercise();
    // A new exercise gets its stable id when it is saved; check the rest with a stand-in.
    Exercise check = e;
    if (check.stableId.isEmpty())
        check.stableId = QStringLiteral("clinic_new");
    Status st = ExerciseJson::validate(check, ExerciseJson::Mode::Import);
    if (st)
        st = m_save(e);
    if (!st) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace gradus
