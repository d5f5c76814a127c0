#include "DoseCellEditor.h"

#include "DoseDialog.h"
#include "programmes/DoseValidator.h"

#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QSpinBox>

#include <algorithm>

namespace gradus {
namespace {

// Ranges wider than the validator's (as in DoseDialog): a value out of range gets the
// validator's message in the status line instead of being clamped without a word.
QSpinBox* field(int max, const QString& suffix, const QString& name)
{
    auto* box = new QSpinBox;
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setToolTip(name);
    box->setAccessibleName(name);
    // Whole numbers typed over a selection: the arrows would only take room in a cell.
    box->setButtonSymbols(QAbstractSpinBox::NoButtons);
    box->setAlignment(Qt::AlignRight);
    return box;
}

// As wide as the largest valid value with its suffix (plus the frame and the text margins):
// the spin box's own hint is sized for the wider range and would crowd a table row.
void fitWidth(QSpinBox* box, int widestValid, const QString& suffix)
{
    const int text = box->fontMetrics().horizontalAdvance(QString::number(widestValid) + suffix);
    box->setFixedWidth(text + 2 * box->fontMetrics().averageCharWidth() + 8);
}

} // namespace

DoseCellEditor::DoseCellEditor(QWidget* parent) : QFrame(parent)
{
    // Opaque and framed: it lies over the cell (and, when wider, its neighbours).
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);

    m_type = new QComboBox;
    m_type->setToolTip(tr("How the dose is counted"));
    m_type->setAccessibleName(m_type->toolTip());
    for (DoseType t :
         {DoseType::Repetitions, DoseType::Hold, DoseType::Duration, DoseType::Distance})
        m_type->addItem(enumLabel(t), int(t));
    // "2 × 10 reps": sets written the way clinicians write them.
    m_sets = field(99, tr(" ×"), tr("Sets"));
    m_reps = field(999, tr(" reps"), tr("Repetitions per set"));
    m_hold = field(999, tr(" s each"), tr("Seconds each hold"));
    m_minutes = field(999, tr(" min"), tr("Minutes"));
    m_metres = field(99999, tr(" m"), tr("Metres"));
    m_perDay = field(99, tr("× a day"), tr("Times per day"));
    m_perWeek = field(9, tr(" days/week"), tr("Days per week"));

    fitWidth(m_sets, DoseValidator::kMaxSets, m_sets->suffix());
    fitWidth(m_reps, DoseValidator::kMaxReps,
             tr(" holds").size() > tr(" reps").size() ? tr(" holds") : tr(" reps"));
    fitWidth(m_hold, DoseValidator::kMaxHoldSeconds, m_hold->suffix());
    fitWidth(m_minutes, DoseValidator::kMaxMinutes, m_minutes->suffix());
    fitWidth(m_metres, DoseValidator::kMaxMetres, m_metres->suffix());
    fitWidth(m_perDay, DoseValidator::kMaxPerDay, m_perDay->suffix());
    fitWidth(m_perWeek, 7, m_perWeek->suffix());

    // The amount, then how often; side by side when the row has room, else on two lines.
    auto* amount = m_amount = new QHBoxLayout;
    amount->setSpacing(4);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_type, m_sets, m_reps, m_hold, m_minutes, m_metres})
        amount->addWidget(w);
    amount->addStretch(1);
    auto* often = m_often = new QHBoxLayout;
    often->setSpacing(4);
    often->addWidget(m_perDay);
    often->addWidget(m_perWeek);
    often->addStretch(1);
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(3, 2, 3, 2);
    m_layout->setSpacing(4);
    m_layout->addLayout(amount);
    m_layout->addLayout(often);

    setFocusProxy(m_sets);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DoseCellEditor::typeChosen);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        // Hidden: the view is closing the editor (Escape, or a reset) and nothing is to be
        // committed.
        // Focus gone elsewhere: told as the editor's own focus-out, which the delegate (while
        // it still watches the editor, so not when the view is closing it) commits and closes.
        if (isVisible() && contains(old) && !contains(now)) {
            QFocusEvent out(QEvent::FocusOut, Qt::OtherFocusReason);
            QCoreApplication::sendEvent(this, &out);
        }
        // The view asks the editor whether it has focus before closing it (and then keeps
        // focus itself rather than let it wander to the next cell): the proxy follows the field.
        if (fields().contains(now))
            setFocusProxy(now);
    });
}

void DoseCellEditor::setAllowedTypes(const QList<DoseType>& types)
{
    setDoseTypesOffered(m_type, types);
}

void DoseCellEditor::setDose(const Dose& dose)
{
    m_original = dose;
    const QSignalBlocker block(m_type);
    m_type->setCurrentIndex(m_type->findData(int(dose.type)));
    m_sets->setValue(dose.sets);
    m_reps->setValue(dose.reps);
    m_hold->setValue(dose.holdSeconds);
    m_minutes->setValue(dose.minutes);
    m_metres->setValue(dose.metres);
    m_perDay->setValue(dose.timesPerDay);
    m_perWeek->setValue(dose.daysPerWeek);
    showFieldsFor(dose.type);
}

Dose DoseCellEditor::dose() const
{
    Dose d = m_original;
    d.type = type();
    d.sets = m_sets->value();
    d.reps = m_reps->value();
    d.holdSeconds = m_hold->value();
    d.minutes = m_minutes->value();
    d.metres = m_metres->value();
    d.timesPerDay = m_perDay->value();
    d.daysPerWeek = m_perWeek->value();
    return DoseValidator::withUsedMeasures(d);
}

QList<QWidget*> DoseCellEditor::fields() const
{
    QList<QWidget*> visible;
    for (QWidget* w : std::initializer_list<QWidget*>{m_type, m_sets, m_reps, m_hold, m_minutes,
                                                      m_metres, m_perDay, m_perWeek})
        if (!w->isHidden())
            visible << w;
    return visible;
}

bool DoseCellEditor::focusNextPrevChild(bool next)
{
    const QList<QWidget*> order = fields();
    const qsizetype at = order.indexOf(focusWidget());
    // Hidden (being closed): the ordinary chain, which leaves the editor.
    if (!isVisible() || order.isEmpty())
        return QFrame::focusNextPrevChild(next);
    if (at < 0) {
        order.first()->setFocus(Qt::TabFocusReason);
        return true;
    }
    const qsizetype to = (at + (next ? 1 : order.size() - 1)) % order.size();
    order[to]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

DoseType DoseCellEditor::type() const
{
    return DoseType(m_type->currentData().toInt());
}

void DoseCellEditor::typeChosen()
{
    // The new type's measure is filled in from the old dose (DoseValidator::convert) rather
    // than left at zero.
    const Dose converted = DoseValidator::convert(dose(), type());
    m_sets->setValue(converted.sets);
    m_reps->setValue(converted.reps);
    m_hold->setValue(converted.holdSeconds);
    m_minutes->setValue(converted.minutes);
    m_metres->setValue(converted.metres);
    showFieldsFor(converted.type);
}

void DoseCellEditor::showFieldsFor(DoseType type)
{
    // Sets count for repetitions and holds; a walk of 20 minutes is done once per bout.
    const bool counted = isCounted(type);
    // The first number is what a clinician types first: sets, or minutes, or metres.
    QSpinBox* first = counted ? m_sets : type == DoseType::Duration ? m_minutes : m_metres;
    // A focused field about to be hidden would pass focus out of the editor (and the view
    // would take that as the end of the edit): give it to the new first number instead.
    first->setVisible(true);
    if (QWidget* focused = focusWidget(); focused && focused != m_type && focused != first &&
                                          focused != m_perDay && focused != m_perWeek)
        first->setFocus(Qt::OtherFocusReason);
    m_sets->setVisible(counted);
    m_reps->setVisible(counted);
    m_reps->setSuffix(type == DoseType::Hold ? tr(" holds") : tr(" reps"));
    m_reps->setToolTip(type == DoseType::Hold ? tr("Holds per set") : tr("Repetitions per set"));
    m_reps->setAccessibleName(m_reps->toolTip());
    m_hold->setVisible(type == DoseType::Hold);
    m_minutes->setVisible(type == DoseType::Duration);
    m_metres->setVisible(type == DoseType::Distance);
    if (!fields().contains(focusProxy()))
        setFocusProxy(first);
    first->selectAll();
    place(); // another type, another width
}

QSize DoseCellEditor::sizeHintFor(bool twoLines) const
{
    // Fields shown or hidden while the editor is not on screen do not invalidate the rows'
    // cached hints.
    m_amount->invalidate();
    m_often->invalidate();
    const auto direction = m_layout->direction();
    m_layout->setDirection(twoLines ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    const QSize hint = m_layout->sizeHint();
    m_layout->setDirection(direction);
    return hint;
}

void DoseCellEditor::placeAt(const QRect& cell)
{
    m_cell = cell;
    place();
}

void DoseCellEditor::place()
{
    if (!m_cell.isValid())
        return;
    // More room than a wrapped dose: the editor starts at the Dose cell, so the exercise stays
    // in sight, and takes how often onto a second line (over the row below) when the row is
    // too narrow for one; only when even that does not fit does it move left.
    const QWidget* viewport = parentWidget();
    const int right = viewport ? viewport->width() : m_cell.right() + 1;
    const bool twoLines = sizeHintFor(false).width() > right - m_cell.left();
    m_layout->setDirection(twoLines ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    const QSize wanted = sizeHintFor(twoLines);
    QRect r = m_cell;
    r.setWidth(std::max(r.width(), wanted.width()));
    r.setHeight(std::max(r.height(), wanted.height()));
    if (r.right() > right - 1)
        r.moveLeft(std::max(0, right - r.width()));
    setGeometry(r);
}

bool DoseCellEditor::contains(const QWidget* widget) const
{
    // Up through windows too: the type's drop-down list is a popup window of the combo box.
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (w == this)
            return true;
    return false;
}

} // namespace gradus
