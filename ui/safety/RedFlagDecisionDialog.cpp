#include "safety/RedFlagDecisionDialog.h"

#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "safety/RedFlagCatalog.h"
#include "services/RedFlagScreens.h"
#include "style/DialogParts.h"
#include "style/Tones.h"
#include "util/EnumTable.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace gradus {

namespace {

// The decisions in the order they are offered (the row is also the QButtonGroup id), with
// what each means and what its note must say.
struct DecisionRow
{
    RedFlagDecision value;
    const char* explanation;
    const char* noteHint;
};

constexpr DecisionRow kDecisions[] = {
    {RedFlagDecision::Referred,
     QT_TRANSLATE_NOOP("gradus::RedFlagDecisionDialog",
                       "You have sent the patient on for medical assessment (A&E, GP or spinal "
                       "team), as the tier suggests."),
     QT_TRANSLATE_NOOP("gradus::RedFlagDecisionDialog",
                       "Required: where to, how urgently, and who agreed it.")},
    {RedFlagDecision::Discussed,
     QT_TRANSLATE_NOOP("gradus::RedFlagDecisionDialog",
                       "You talked the flags over with a doctor, a senior colleague or the "
                       "patient and agreed to carry on without referring now."),
     QT_TRANSLATE_NOOP("gradus::RedFlagDecisionDialog",
                       "Required: with whom, and what you agreed to watch for.")},
    {RedFlagDecision::NotApplicable,
     QT_TRANSLATE_NOOP("gradus::RedFlagDecisionDialog",
                       "On reflection the flags do not apply to this patient, for example "
                       "ticked in error or an old finding already investigated."),
     QT_TRANSLATE_NOOP("gradus::RedFlagDecisionDialog", "Required: why the flags do not apply.")},
};

QString noteHint(std::optional<RedFlagDecision> decision)
{
    if (!decision)
        return RedFlagDecisionDialog::tr("Choose a decision first. A note is required.");
    const DecisionRow* row = enumTable::find(kDecisions, *decision);
    return row ? RedFlagDecisionDialog::tr(row->noteHint) : QString();
}

} // namespace

RedFlagDecisionDialog::RedFlagDecisionDialog(Workspace& workspace, const RedFlagScreen& screen,
                                             const QString& clinician, QWidget* parent)
    : RedFlagDecisionDialog(workspace, QList<RedFlagScreen>{screen}, clinician, parent)
{
}

RedFlagDecisionDialog::RedFlagDecisionDialog(Workspace& workspace,
                                             const QList<RedFlagScreen>& screens,
                                             const QString& clinician, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(u"redFlagDecisionDialog"_qs);
    setWindowTitle(tr("Record Decision on Red Flags"));
    auto* layout = new QVBoxLayout(this);

    // The undecided flags grouped by tier, in the catalogue's order of urgency; within a tier
    // the oldest screen first. Each is ticked: one decision usually covers them all, and the
    // clinician unticks what this decision is not about.
    auto* summary = new QFrame(this);
    summary->setObjectName(u"screenSummary"_qs);
    summary->setFrameShape(QFrame::Box);
    // A tinted surface from the palette (style/Tones.h); its labels and boxes inherit the text.
    tones::setSurfaceTone(summary, tones::Tone::Error);
    auto* flagsLayout = new QVBoxLayout(summary);
    dialogParts::addIntro(flagsLayout,
                          tr("<b>These red flags have no recorded decision.</b> Tick the ones "
                             "this decision is about:"),
                          summary, Qt::RichText);
    const auto& catalog = DataTexts::display().redFlagCatalog();
    QList<RedFlagScreen> ordered = screens;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    auto offer = [&](const RedFlagScreen& screen, const QString& code, const QString& label) {
        auto* check = new QCheckBox(
            tr("%1 — screen of %2 (%3)")
                .arg(label, QLocale().toString(screen.date, QLocale::LongFormat), screen.clinician),
            summary);
        check->setObjectName(u"flag_%1_%2"_qs.arg(screen.id).arg(code));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &RedFlagDecisionDialog::updateState);
        flagsLayout->addWidget(check);
        m_flags.append({{screen.id, code}, check});
    };
    QSet<QString> shown;
    for (const auto& tier : catalog.tiers()) {
        bool headed = false;
        for (const auto& screen : ordered)
            for (const QString& code : screen.undecidedFlags()) {
                const auto* flag = catalog.find(code);
                if (!flag || flag->tier != tier.id)
                    continue;
                if (!headed) {
                    auto* heading = new QLabel(
                        tr("<b>%1</b> — suggested: %2")
                            .arg(tier.label.toHtmlEscaped(), tier.action.toHtmlEscaped()),
                        summary);
                    heading->setWordWrap(true);
                    heading->setContentsMargins(0, 6, 0, 0);
                    flagsLayout->addWidget(heading);
                    headed = true;
                }
                offer(screen, code, flag->label);
                shown.insert(u"%1/%2"_qs.arg(screen.id).arg(code));
            }
    }
    // A code the catalogue no longer knows is still offered, so no flag is hidden.
    for (const auto& screen : ordered)
        for (const QString& code : screen.undecidedFlags())
            if (!shown.contains(u"%1/%2"_qs.arg(screen.id).arg(code)))
                offer(screen, code, code);
    auto* after =
        new QLabel(tr("Handouts for this patient are held back until every flag has a decision. "
                      "A decision is kept with your name and the time and cannot be changed "
                      "later."),
                   summary);
    after->setWordWrap(true);
    after->setContentsMargins(0, 6, 0, 0);
    flagsLayout->addWidget(after);
    layout->addWidget(summary);

    auto* box = new QGroupBox(tr("Decision"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_decisions = new QButtonGroup(this);
    for (int i = 0; i < int(std::size(kDecisions)); ++i) {
        const DecisionRow& row = kDecisions[i];
        auto* radio = new QRadioButton(redFlagDecisionLabel(row.value), box);
        radio->setObjectName(u"decision_"_qs + redFlagDecisionCode(row.value));
        auto* text = new QLabel(tr(row.explanation), box);
        text->setWordWrap(true);
        text->setContentsMargins(24, 0, 0, 4); // under the radio's label, not its indicator
        // No buddy: it would turn the "&" of "A&E" into a shortcut underline.
        tones::setTextTone(text, tones::Tone::Muted);
        m_decisions->addButton(radio, i);
        boxLayout->addWidget(radio);
        boxLayout->addWidget(text);
    }
    layout->addWidget(box);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"note"_qs);
    m_note->setPlaceholderText(tr("What was decided and with whom, e.g. Discussed with Dr Lee "
                                  "(GP) by phone; GP to see her tomorrow."));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    m_note->setMaximumHeight(140);
    m_noteHint = new QLabel(this);
    m_noteHint->setObjectName(u"noteHint"_qs);
    m_clinician = new QLineEdit(clinician, this);
    m_clinician->setObjectName(u"decidedBy"_qs);
    auto* noteLabel = new QLabel(tr("<b>&Note</b> — what was decided and with whom"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_noteHint);
    layout->addWidget(m_note, 1); // takes any spare height, not the gaps between labels
    auto* form = new QFormLayout;
    form->addRow(tr("Decided &by:"), m_clinician);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_qs);
    tones::setTextTone(m_problem, tones::Tone::Error);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_record = buttons->button(QDialogButtonBox::Ok);
    m_record->setText(tr("&Record Decision"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RedFlagDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RedFlagDecisionDialog::reject);
    connect(m_decisions, &QButtonGroup::idToggled, this, [this] { updateState(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &RedFlagDecisionDialog::updateState);
    connect(m_clinician, &QLineEdit::textChanged, this, &RedFlagDecisionDialog::updateState);
    updateState();
    // The height the wrapped labels need at this width, not the narrower sizeHint()'s.
    resize(520,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(520) : sizeHint().height());
}

QList<RedFlagRef> RedFlagDecisionDialog::chosenFlags() const
{
    QList<RedFlagRef> chosen;
    for (const Offered& o : m_flags)
        if (o.box->isChecked())
            chosen.append(o.flag);
    return chosen;
}

QCheckBox* RedFlagDecisionDialog::flagBox(qint64 screenId, const QString& code) const
{
    for (const Offered& o : m_flags)
        if (o.flag.screenId == screenId && o.flag.code == code)
            return o.box;
    return nullptr;
}

std::optional<RedFlagDecision> RedFlagDecisionDialog::decision() const
{
    const int id = m_decisions->checkedId();
    if (id < 0)
        return std::nullopt;
    return kDecisions[id].value;
}

void RedFlagDecisionDialog::setDecision(RedFlagDecision decision)
{
    decisionButton(decision)->setChecked(true);
}

QRadioButton* RedFlagDecisionDialog::decisionButton(RedFlagDecision decision) const
{
    for (int i = 0; i < int(std::size(kDecisions)); ++i)
        if (kDecisions[i].value == decision)
            return qobject_cast<QRadioButton*>(m_decisions->button(i));
    return nullptr;
}

QString RedFlagDecisionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString RedFlagDecisionDialog::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

// The brief for this dialog asked for a note with "referred" and "discussed". It is required
// with "not applicable" as well: dismissing a red flag is the decision a colleague or an
// auditor most needs the reason for (a flag ticked in error reads the same as one ignored
// without it), CLINICAL.md section 1 asks for a decision "with a note", and
// RedFlagRepository::decide() refuses an empty note for every decision — enabling the button
// without one would only lead to an error after the click.
bool RedFlagDecisionDialog::noteRequired() const
{
    return decision().has_value();
}

void RedFlagDecisionDialog::updateState()
{
    const auto chosen = decision();
    m_noteHint->setText(noteHint(chosen));
    const bool missingNote = noteRequired() && note().isEmpty();
    tones::clearTextTone(m_noteHint);
    tones::setTextTone(m_noteHint, missingNote ? tones::Tone::Error : tones::Tone::Muted,
                       missingNote);
    m_record->setEnabled(chosen.has_value() && !missingNote && !chosenFlags().isEmpty() &&
                         !m_clinician->text().trimmed().isEmpty());
    m_problem->setVisible(false);
}

void RedFlagDecisionDialog::accept()
{
    const auto chosen = decision();
    if (!chosen || !m_record->isEnabled())
        return;
    if (auto st = RedFlagScreens(m_workspace)
                      .decide(chosenFlags(), *chosen, note(), m_clinician->text().trimmed());
        !st) {
        // Stay open with what was typed; the repository wrote nothing (one transaction).
        m_problem->setText(tr("The decision was not recorded: %1").arg(st.error().message));
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace gradus
