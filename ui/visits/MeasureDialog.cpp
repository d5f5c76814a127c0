#include "visits/MeasureDialog.h"

#include "style/Tones.h"
#include "util/Clock.h"
#include "visits/MeasureForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gradus {

MeasureDialog::MeasureDialog(Mode mode, Clock& clock, const QList<Visit>& visits,
                             PsfsLookup psfsLookup, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_clock(clock), m_visits(visits),
      m_psfsLookup(std::move(psfsLookup))
{
    setObjectName(QStringLiteral("MeasureDialog"));
    setWindowTitle(mode == Mode::Record ? tr("Record Outcome Measure")
                                        : tr("Amend Outcome Measure"));

    m_instrument = new QComboBox;
    m_instrument->setObjectName(QStringLiteral("instrumentCombo"));
    for (Instrument i : Instruments::all())
        m_instrument->addItem(Instruments::longName(i), int(i));
    m_instrument->setEnabled(mode == Mode::Record);
    m_date = new QDateEdit(clock.today());
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_visit = new QComboBox;
    m_visit->setObjectName(QStringLiteral("visitCombo"));
    m_visit->addItem(tr("Not at a visit"), 0);
    for (auto it = m_visits.crbegin(); it != m_visits.crend(); ++it)
        m_visit->addItem(QLocale().toString(it->record.date, QLocale::LongFormat), it->id);
    m_visit->setEnabled(mode == Mode::Record);
    m_clinician = new QLineEdit;
    m_clinician->setObjectName(QStringLiteral("clinicianEdit"));

    auto* top = new QFormLayout;
    top->addRow(tr("&Measure:"), m_instrument);
    top->addRow(tr("At &visit:"), m_visit);
    top->addRow(tr("&Date taken:"), m_date);
    top->addRow(mode == Mode::Record ? tr("Recorded &by:") : tr("Amended &by:"), m_clinician);
    if (mode == Mode::Amend) {
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("Why the measure is corrected"));
        top->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &MeasureDialog::rescore);
    }

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    tones::setTextTone(m_notice, tones::Tone::Muted);
    m_form = new MeasureForm;
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setMinimumHeight(260);
    m_score = new QLabel;
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    QFont bold = m_score->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_score->setFont(bold);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    tones::setTextTone(m_problem, tones::Tone::Error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Record ? tr("Save Measure") : tr("Save Amendment"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_score);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(760, 640);

    connect(m_instrument, &QComboBox::currentIndexChanged, this, &MeasureDialog::instrumentChanged);
    connect(m_visit, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_visit->currentData().toLongLong();
        for (const Visit& v : m_visits)
            if (v.id == id)
                m_date->setDate(v.record.date);
        // PSFS activities belong to the visit's episode.
        if (Instrument(m_instrument->currentData().toInt()) == Instrument::Psfs)
            instrumentChanged();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &MeasureDialog::rescore);
    connect(m_clinician, &QLineEdit::textChanged, this, &MeasureDialog::rescore);
    connect(m_form, &MeasureForm::changed, this, &MeasureDialog::rescore);
    instrumentChanged();
}

std::optional<qint64> MeasureDialog::episodeForVisit() const
{
    if (m_mode == Mode::Amend)
        return m_original.episodeId;
    const qint64 id = m_visit->currentData().toLongLong();
    for (const Visit& v : m_visits)
        if (v.id == id)
            return v.episodeId;
    // Not at a visit: the current episode, taken to be that of the latest visit.
    return m_visits.isEmpty() ? std::nullopt : m_visits.last().episodeId;
}

void MeasureDialog::instrumentChanged()
{
    const auto instrument = Instrument(m_instrument->currentData().toInt());
    QList<PsfsActivity> named;
    if (instrument == Instrument::Psfs && m_psfsLookup)
        named = m_psfsLookup(episodeForVisit());
    m_form->setInstrument(instrument, named);
    m_notice->setText(m_form->notice());
    rescore();
}

void MeasureDialog::setInstrument(Instrument instrument)
{
    m_instrument->setCurrentIndex(m_instrument->findData(int(instrument)));
}

void MeasureDialog::setVisit(qint64 visitId)
{
    const int index = m_visit->findData(visitId);
    m_visit->setCurrentIndex(index < 0 ? 0 : index);
}

void MeasureDialog::setMeasure(const Measure& measure)
{
    m_original = measure;
    setInstrument(measure.instrument);
    if (measure.visitId)
        setVisit(*measure.visitId);
    m_date->setDate(measure.takenOn);
    m_form->setAnswers(measure.answers);
    rescore();
}

MeasureInput MeasureDialog::input() const
{
    MeasureInput in;
    in.instrument = Instrument(m_instrument->currentData().toInt());
    in.takenOn = m_date->date();
    if (const qint64 visit = m_visit->currentData().toLongLong(); visit > 0)
        in.visitId = visit;
    in.episodeId = episodeForVisit();
    in.answers = m_form->answers();
    in.psfsActivities = m_form->psfsNames();
    return in;
}

QString MeasureDialog::clinician() const
{
    return m_clinician->text().trimmed();
}

void MeasureDialog::setClinician(const QString& name)
{
    m_clinician->setText(name);
}

QString MeasureDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString MeasureDialog::scoreText() const
{
    return m_score->text();
}

QString MeasureDialog::problemText() const
{
    return m_problem->text();
}

bool MeasureDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void MeasureDialog::rescore()
{
    const MeasureInput in = input();
    QStringList problems;
    QString scoreLine;
    auto scored = OutcomeScoring::score(in.instrument, in.answers);
    if (scored) {
        const QString band = OutcomeScoring::bandLabel(in.instrument, scored->band);
        scoreLine = tr("%1: %2").arg(Instruments::shortName(in.instrument),
                                     OutcomeScoring::formatScore(*scored));
        if (!band.isEmpty())
            scoreLine += QStringLiteral(" \u2013 ") + band;
        problems << scored->warnings;
    } else {
        problems << scored.error().message;
    }
    if (in.instrument == Instrument::Psfs && !in.psfsActivities.isEmpty())
        for (int i = 0; i < in.psfsActivities.size(); ++i)
            if (in.psfsActivities[i].isEmpty())
                problems << tr("Name activity %1 in the patient's words.").arg(i + 1);
    if (in.takenOn > m_clock.today())
        problems << tr("The date %1 is in the future.").arg(in.takenOn.toString(Qt::ISODate));
    if (clinician().isEmpty())
        problems << tr("Say who is recording the measure.");
    if (m_mode == Mode::Amend) {
        if (reason().isEmpty())
            problems << tr("Say why the measure is amended.");
        if (in.answers == m_original.answers && in.takenOn == m_original.takenOn)
            problems << tr("Nothing changed yet.");
    }
    m_score->setText(scoreLine);
    m_problem->setText(problems.join(u'\n'));
    // Warnings (ODI with 3+ sections missing) do not block saving; errors do.
    const bool blocking = !scored || problems.size() > (scored ? scored->warnings.size() : 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

} // namespace gradus
