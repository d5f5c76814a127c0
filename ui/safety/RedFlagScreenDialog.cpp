#include "safety/RedFlagScreenDialog.h"

#include "i18n/DataTexts.h"
#include "safety/RedFlagCatalog.h"
#include "style/DialogParts.h"
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
#include <QScrollArea>
#include <QVBoxLayout>

namespace gradus {

RedFlagScreenDialog::RedFlagScreenDialog(qint64 patientId, int patientAge,
                                         const ClinicSettings& settings, const QString& clinician,
                                         QWidget* parent)
    : QDialog(parent), m_patientId(patientId)
{
    setWindowTitle(tr("Red-flag screen"));
    setObjectName(u"redFlagScreenDialog"_qs);
    auto* layout = new QVBoxLayout(this);
    dialogParts::addIntro(
        layout,
        tr("Tick every finding present. A red flag means raised risk, not a diagnosis: record "
           "what you decided. Handouts are held back until a positive screen has a decision."),
        this);

    const auto& catalog = DataTexts::display().redFlagCatalog();
    const QStringList suggested = catalog.suggestedForAge(patientAge, settings);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const auto& tier : catalog.tiers()) {
        auto* box = new QGroupBox(tier.label, content);
        box->setToolTip(tr("Source: %1").arg(tier.source));
        auto* boxLayout = new QVBoxLayout(box);
        auto* action = new QLabel(tr("If present: %1").arg(tier.action), box);
        tones::setTextTone(action, tones::Tone::Muted);
        QFont italic = action->font();
        italic.setItalic(true);
        action->setFont(italic);
        action->setWordWrap(true);
        boxLayout->addWidget(action);
        for (const auto& flag : catalog.flagsOfTier(tier.id)) {
            auto* check = new QCheckBox(flag.label, box);
            check->setObjectName(u"flag_"_qs + flag.code);
            check->setChecked(suggested.contains(flag.code));
            if (flag.ageRule && suggested.contains(flag.code))
                check->setToolTip(tr("Suggested from the patient's age and the clinic's "
                                     "thresholds; untick if the pain is not new."));
            connect(check, &QCheckBox::toggled, this, &RedFlagScreenDialog::updateState);
            boxLayout->addWidget(check);
            m_flags.insert(flag.code, check);
        }
        boxLayout->addStretch();
        // One column: the flag labels are sentences and must be read whole, never clipped.
        grid->addWidget(box, index, 0);
        ++index;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_qs);
    layout->addWidget(m_summary);

    auto* form = new QFormLayout;
    m_clinician = new QLineEdit(clinician, this);
    form->addRow(tr("&Clinician:"), m_clinician);
    m_decision = new QComboBox(this);
    m_decision->setObjectName(u"decision"_qs);
    m_decision->addItem(tr("— choose —"));
    for (auto d :
         {RedFlagDecision::Referred, RedFlagDecision::Discussed, RedFlagDecision::NotApplicable})
        m_decision->addItem(redFlagDecisionLabel(d), redFlagDecisionCode(d));
    form->addRow(tr("&Decision:"), m_decision);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"note"_qs);
    m_note->setPlaceholderText(tr("What was decided and with whom, e.g. \"GP informed by phone\""));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &RedFlagScreenDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RedFlagScreenDialog::updateState);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_qs);
    tones::setTextTone(m_problem, tones::Tone::Error);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RedFlagScreenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RedFlagScreenDialog::reject);
    layout->addWidget(buttons);
    resize(920, 860);
    updateState();
}

RedFlagScreen RedFlagScreenDialog::screen() const
{
    RedFlagScreen s;
    s.patientId = m_patientId;
    s.clinician = m_clinician->text().trimmed();
    for (const auto& flag : DataTexts::display().redFlagCatalog().flags())
        if (m_flags.value(flag.code) && m_flags.value(flag.code)->isChecked())
            s.flags.append(flag.code);
    if (s.positive() && m_decision->currentIndex() > 0)
        s.decision = redFlagDecisionFromCode(m_decision->currentData().toString());
    s.note = s.positive() ? m_note->toPlainText().trimmed() : QString();
    return s;
}

void RedFlagScreenDialog::setFlagChecked(const QString& code, bool checked)
{
    if (auto* box = m_flags.value(code))
        box->setChecked(checked);
}

void RedFlagScreenDialog::setDecision(RedFlagDecision decision, const QString& note)
{
    m_decision->setCurrentIndex(m_decision->findData(redFlagDecisionCode(decision)));
    m_note->setPlainText(note);
}

void RedFlagScreenDialog::updateState()
{
    const auto s = screen();
    m_decision->setEnabled(s.positive());
    m_note->setEnabled(s.positive());
    m_summary->setText(s.positive() ? tr("<b>%n red flag(s) ticked.</b> Record your decision "
                                         "and a note.",
                                         nullptr, int(s.flags.size()))
                                    : tr("No red flags ticked: the screen is clear."));
    m_problem->clear();
}

void RedFlagScreenDialog::accept()
{
    const auto s = screen();
    if (s.clinician.isEmpty()) {
        m_problem->setText(tr("Name the clinician who did the screen."));
        m_clinician->setFocus();
        return;
    }
    if (s.positive() && !s.decision) {
        m_problem->setText(
            tr("A red flag is ticked: choose referred, discussed or not applicable."));
        m_decision->setFocus();
        return;
    }
    if (s.positive() && s.note.isEmpty()) {
        m_problem->setText(tr("A red flag is ticked: add a note saying what was decided."));
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace gradus
