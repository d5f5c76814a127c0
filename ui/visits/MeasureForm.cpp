#include "visits/MeasureForm.h"

#include "outcomes/RmdqStatements.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gradus {
namespace {

constexpr int kMaxPsfs = 5;

bool reversedTskItem(int item)
{
    return item == 4 || item == 8 || item == 12 || item == 16;
}

} // namespace

MeasureForm::MeasureForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("MeasureForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setHorizontalSpacing(10);
    outer->addLayout(m_grid);
    outer->addStretch();
}

void MeasureForm::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_combos.clear();
    m_checks.clear();
    m_psfsNames.clear();
    m_psfsRatings.clear();
    m_addActivity = nullptr;
}

QString MeasureForm::notice() const
{
    switch (m_instrument) {
    case Instrument::Odi:
        return tr("Enter the score of the statement ticked in each section: the first statement "
                  "scores 0, the last 5. If two are ticked, enter the higher. Leave a section "
                  "unanswered if the patient skipped it. The ODI wording is licensed and not "
                  "shipped with Gradus; use the clinic's form.");
    case Instrument::Rmdq:
        return tr("Tick each statement the patient ticked today.") + u' ' +
               RmdqStatements::citation();
    case Instrument::StartBack:
        return tr("Record the patient's answer to each item of the clinic's STarT Back form "
                  "(\u00a9 Keele University; the wording is not shipped). Items 1-8: agree or "
                  "disagree. Item 9: how bothersome, 1-5.");
    case Instrument::Psfs:
        return m_psfsNamed ? tr("Re-rate the activities named at the start of this episode: 0 = "
                                "unable to do, "
                                "10 = able to do as before the problem.")
                           : tr("Ask the patient for 3 to 5 activities they find hard because of "
                                "the problem, "
                                "in their words, and to rate each: 0 = unable to do, 10 = able to "
                                "do as before. "
                                "Later visits re-rate the same activities.");
    case Instrument::Tsk:
        return tr("Record the answer to each item of the clinic's TSK-17 form (1 strongly "
                  "disagree \u2013 4 strongly agree). Items 4, 8, 12 and 16 are reversed in the "
                  "score automatically.");
    }
    Q_UNREACHABLE();
}

void MeasureForm::setInstrument(Instrument instrument, const QList<PsfsActivity>& named)
{
    clear();
    m_instrument = instrument;
    m_psfsNamed = !named.isEmpty();
    const auto emitChanged = [this] { emit changed(); };
    switch (instrument) {
    case Instrument::Odi:
    case Instrument::Tsk: {
        const int count = Instruments::itemCount(instrument);
        const int half = (count + 1) / 2;
        for (int i = 0; i < count; ++i) {
            const int item = i + 1;
            auto* combo = new QComboBox;
            combo->setObjectName(QStringLiteral("item%1").arg(item));
            combo->setAccessibleName(tr("Item %1").arg(item));
            combo->addItem(tr("not answered"));
            const auto [low, high] = Instruments::itemRange(instrument, item);
            for (int v = low; v <= high; ++v) {
                QString text = QString::number(v);
                if (instrument == Instrument::Tsk) {
                    const QStringList anchors{tr("strongly disagree"), tr("disagree"), tr("agree"),
                                              tr("strongly agree")};
                    text += QStringLiteral(" \u2013 ") + anchors.at(v - 1);
                }
                combo->addItem(text, v);
            }
            QString label = instrument == Instrument::Odi ? tr("Section %1").arg(item)
                                                          : tr("Item %1").arg(item);
            if (instrument == Instrument::Tsk && reversedTskItem(item))
                label += tr(" (reversed)");
            // Two columns keep the sheet short enough to see at once.
            const int row = i % half;
            const int col = i < half ? 0 : 2;
            m_grid->addWidget(new QLabel(label), row, col);
            m_grid->addWidget(combo, row, col + 1);
            m_combos << combo;
            connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
        }
        break;
    }
    case Instrument::Rmdq:
        for (int item = 1; item <= RmdqStatements::kCount; ++item) {
            auto* check =
                new QCheckBox(QStringLiteral("%1. %2").arg(item).arg(RmdqStatements::text(item)));
            check->setObjectName(QStringLiteral("item%1").arg(item));
            m_grid->addWidget(check, item - 1, 0, 1, 4);
            m_checks << check;
            connect(check, &QCheckBox::toggled, this, emitChanged);
        }
        break;
    case Instrument::StartBack: {
        for (int item = 1; item <= 8; ++item) {
            auto* check = new QCheckBox(tr("Item %1: agree").arg(item));
            check->setObjectName(QStringLiteral("item%1").arg(item));
            m_grid->addWidget(check, (item - 1) % 4, item <= 4 ? 0 : 2, 1, 2);
            m_checks << check;
            connect(check, &QCheckBox::toggled, this, emitChanged);
        }
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("item9"));
        combo->addItem(tr("not answered"));
        const QStringList anchors{tr("not at all"), tr("slightly"), tr("moderately"),
                                  tr("very much"), tr("extremely")};
        for (int v = 1; v <= 5; ++v)
            combo->addItem(QStringLiteral("%1 \u2013 %2").arg(v).arg(anchors.at(v - 1)), v);
        m_grid->addWidget(new QLabel(tr("Item 9 (bothersomeness)")), 4, 0);
        m_grid->addWidget(combo, 4, 1);
        m_combos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
        break;
    }
    case Instrument::Psfs:
        m_grid->addWidget(new QLabel(tr("Activity")), 0, 0, 1, 3);
        m_grid->addWidget(new QLabel(tr("Rating (0-10)")), 0, 3);
        if (m_psfsNamed) {
            for (const PsfsActivity& a : named) {
                addPsfsRow();
                m_psfsNames.last()->setText(a.name);
                m_psfsNames.last()->setReadOnly(true);
                m_psfsNames.last()->setFrame(false);
            }
        } else {
            for (int i = 0; i < 3; ++i)
                addPsfsRow();
            m_addActivity = new QPushButton(tr("Add Activity"));
            m_addActivity->setObjectName(QStringLiteral("addActivityButton"));
            m_grid->addWidget(m_addActivity, kMaxPsfs + 1, 0);
            connect(m_addActivity, &QPushButton::clicked, this, [this] {
                addPsfsRow();
                m_addActivity->setEnabled(m_psfsNames.size() < kMaxPsfs);
                emit changed();
            });
        }
        break;
    }
    emit changed();
}

void MeasureForm::addPsfsRow()
{
    const int row = int(m_psfsNames.size()) + 1;
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("activity%1").arg(row));
    name->setAccessibleName(tr("Activity %1").arg(row));
    name->setPlaceholderText(tr("Activity %1, in the patient's words").arg(row));
    auto* rating = new QSpinBox;
    rating->setObjectName(QStringLiteral("rating%1").arg(row));
    rating->setAccessibleName(tr("Rating of activity %1 (0 = unable, 10 = as before)").arg(row));
    rating->setRange(-1, 10);
    rating->setSpecialValueText(QStringLiteral("\u2013"));
    rating->setValue(-1);
    m_grid->addWidget(name, row, 0, 1, 3);
    m_grid->addWidget(rating, row, 3);
    m_psfsNames << name;
    m_psfsRatings << rating;
    connect(name, &QLineEdit::textChanged, this, [this] { emit changed(); });
    connect(rating, &QSpinBox::valueChanged, this, [this] { emit changed(); });
}

void MeasureForm::setAnswers(const MeasureAnswers& answers)
{
    switch (m_instrument) {
    case Instrument::Odi:
    case Instrument::Tsk:
        for (int i = 0; i < m_combos.size() && i < answers.size(); ++i)
            m_combos[i]->setCurrentIndex(answers[i] ? m_combos[i]->findData(*answers[i]) : 0);
        break;
    case Instrument::Rmdq:
        for (int i = 0; i < m_checks.size() && i < answers.size(); ++i)
            m_checks[i]->setChecked(answers[i].value_or(0) == 1);
        break;
    case Instrument::StartBack:
        for (int i = 0; i < m_checks.size() && i < answers.size(); ++i)
            m_checks[i]->setChecked(answers[i].value_or(0) == 1);
        if (answers.size() >= 9 && answers[8])
            m_combos.first()->setCurrentIndex(m_combos.first()->findData(*answers[8]));
        break;
    case Instrument::Psfs:
        while (m_psfsRatings.size() < answers.size() && m_psfsRatings.size() < kMaxPsfs)
            addPsfsRow();
        for (int i = 0; i < m_psfsRatings.size() && i < answers.size(); ++i)
            m_psfsRatings[i]->setValue(answers[i].value_or(-1));
        break;
    }
}

MeasureAnswers MeasureForm::answers() const
{
    MeasureAnswers a;
    switch (m_instrument) {
    case Instrument::Odi:
    case Instrument::Tsk:
        for (const QComboBox* combo : m_combos)
            a.append(combo->currentIndex() > 0 ? std::optional<int>(combo->currentData().toInt())
                                               : std::nullopt);
        break;
    case Instrument::Rmdq:
        for (const QCheckBox* check : m_checks)
            a.append(check->isChecked() ? 1 : 0);
        break;
    case Instrument::StartBack:
        for (const QCheckBox* check : m_checks)
            a.append(check->isChecked() ? 1 : 0);
        a.append(m_combos.first()->currentIndex() > 0
                     ? std::optional<int>(m_combos.first()->currentData().toInt())
                     : std::nullopt);
        break;
    case Instrument::Psfs:
        // Rows left entirely empty (no name, no rating) are not activities.
        for (int i = 0; i < m_psfsRatings.size(); ++i) {
            const bool blank =
                m_psfsRatings[i]->value() < 0 && m_psfsNames[i]->text().trimmed().isEmpty();
            if (blank)
                continue;
            a.append(m_psfsRatings[i]->value() < 0 ? std::nullopt
                                                   : std::optional<int>(m_psfsRatings[i]->value()));
        }
        break;
    }
    return a;
}

QStringList MeasureForm::psfsNames() const
{
    QStringList names;
    if (m_instrument != Instrument::Psfs || m_psfsNamed)
        return names;
    for (int i = 0; i < m_psfsNames.size(); ++i) {
        const QString name = m_psfsNames[i]->text().trimmed();
        if (name.isEmpty() && m_psfsRatings[i]->value() < 0)
            continue;
        names << name;
    }
    return names;
}

} // namespace gradus
