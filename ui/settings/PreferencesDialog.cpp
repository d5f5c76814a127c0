#include "settings/PreferencesDialog.h"

#include "Workspace.h"
#include "settings/DeskSettings.h"
#include "style/DialogParts.h"
#include "style/Tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gradus {
namespace {

using Key = ClinicSettings::Key;

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    tones::setTextTone(label, tones::Tone::Muted);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(Workspace& workspace, DeskSettings& desk, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_desk(desk)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createClinicPage(), tr("&Clinic"));
    m_tabs->addTab(createHandoutPage(), tr("&Handouts"));
    m_tabs->addTab(createPacingPage(), tr("&Pacing && Red Flags"));
    m_tabs->addTab(createDeskPage(), tr("This &Desk"));
    layout->addWidget(m_tabs);
    m_problem = dialogParts::addProblemLine(layout, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

QWidget* PreferencesDialog::createClinicPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Printed at the top of every handout. These settings are kept in "
                              "the database, so every desk that uses it prints the same."),
                           page));
    auto* form = new QFormLayout;
    auto addText = [&](Key key, const QString& label, const QString& placeholder) {
        auto* field = new QLineEdit(page);
        field->setObjectName(QStringLiteral("field_") +
                             QString::fromLatin1(ClinicSettings::definition(key).option));
        field->setMaxLength(ClinicSettings::definition(key).maxLength);
        field->setPlaceholderText(placeholder);
        form->addRow(label, field);
        m_texts.insert(key, field);
    };
    addText(Key::ClinicName, tr("Clinic &name:"), tr("Riverside Physiotherapy"));
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("field_address"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("12 Mill Lane\nExampleton EX1 2AB"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Address:"), m_address);
    addText(Key::ClinicPhone, tr("&Telephone:"), tr("01234 567890"));
    addText(Key::ClinicEmail, tr("&E-mail:"), tr("desk@clinic.example"));
    addText(Key::ClinicWebsite, tr("&Website:"), tr("www.clinic.example"));

    auto* logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(page);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(180, 90);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto* logoButtons = new QVBoxLayout;
    auto* choose = new QPushButton(tr("C&hoose…"), page);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    choose->setToolTip(tr("A PNG or SVG image of at most 1 MB; SVG prints sharpest"));
    m_removeLogo = new QPushButton(tr("Re&move"), page);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_logoInfo = note(QString(), page);
    logoButtons->addWidget(choose);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addWidget(m_logoInfo);
    logoButtons->addStretch(1);
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons, 1);
    form->addRow(tr("Logo:"), logoRow);
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &PreferencesDialog::removeLogo);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::createHandoutPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("field_paper"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    form->addRow(tr("&Paper size:"), m_paper);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("field_language"));
    for (const QString& code : ClinicSettings::handoutLanguages()) {
        const QLocale locale(code);
        // The language in its own words, and in the clinician's: "Deutsch (German)".
        const QString own = locale.nativeLanguageName();
        const QString here = QLocale().languageToString(locale.language());
        m_language->addItem(
            own.compare(here, Qt::CaseInsensitive) == 0 ? own : tr("%1 (%2)").arg(own, here), code);
    }
    form->addRow(tr("Handout &language:"), m_language);
    layout->addLayout(form);
    layout->addWidget(note(tr("The language is used when a handout is made without choosing "
                              "one. Where a translation is not available yet, the handout is "
                              "printed in English and Gradus says so."),
                           page));
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::createPacingPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Conventions, not trial results: sources differ, and a clinic may "
                              "choose its own. They apply to new plans and reviews at every "
                              "desk; plans already made keep their numbers."),
                           page));
    auto addGroup = [&](ClinicSettings::Group group) {
        auto* form = new QFormLayout;
        for (const ClinicSettings::Definition& def : ClinicSettings::definitions()) {
            if (def.group != group || !def.option || !def.minimum.isValid())
                continue;
            auto* spin = new QSpinBox(page);
            spin->setObjectName(QStringLiteral("field_") + QString::fromLatin1(def.option));
            spin->setRange(def.minimum.toInt(), def.maximum.toInt());
            spin->setToolTip(tr("%1 to %2; Gradus suggests %3")
                                 .arg(def.minimum.toInt())
                                 .arg(def.maximum.toInt())
                                 .arg(def.defaultValue.toInt()));
            form->addRow(ClinicSettings::label(def.key) + u':', spin);
            m_numbers.insert(def.key, spin);
        }
        return form;
    };
    auto* pacingTitle = new QLabel(tr("Graded activity (pacing)"), page);
    QFont bold = pacingTitle->font();
    bold.setBold(true);
    pacingTitle->setFont(bold);
    layout->addWidget(pacingTitle);
    layout->addLayout(addGroup(ClinicSettings::Group::Pacing));
    auto* flagsTitle = new QLabel(tr("Red-flag screen"), page);
    flagsTitle->setFont(bold);
    layout->addWidget(flagsTitle);
    layout->addLayout(addGroup(ClinicSettings::Group::RedFlags));
    auto* defaults = new QPushButton(tr("Restore &Suggested Values"), page);
    defaults->setObjectName(QStringLiteral("restoreSuggested"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
            it.value()->setValue(ClinicSettings::definition(it.key()).defaultValue.toInt());
    });
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::createDeskPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_clinician = new QLineEdit(page);
    m_clinician->setObjectName(QStringLiteral("field_clinician"));
    m_clinician->setMaxLength(80);
    m_clinician->setPlaceholderText(m_desk.clinicianName());
    form->addRow(tr("Your &name:"), m_clinician);
    layout->addLayout(form);
    layout->addWidget(note(tr("Recorded as who made an entry (visits, decisions, kept "
                              "exercises) and printed on handouts as the patient's "
                              "physiotherapist. It is kept on this computer for your account "
                              "only; left empty, your account's name is used."),
                           page));
    layout->addWidget(
        note(tr("Settings file: %1").arg(QDir::toNativeSeparators(m_desk.fileName())), page));
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::load()
{
    const ClinicSettings& settings = m_workspace.settings();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        it.value()->setText(settings.stringValue(it.key()));
    m_address->setPlainText(settings.stringValue(Key::ClinicAddress));
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
        it.value()->setValue(settings.intValue(it.key()));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.stringValue(Key::PaperSize))));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.stringValue(Key::HandoutLanguage))));
    const QString stored = m_desk.value(DeskSettings::Key::ClinicianName).toString();
    m_clinician->setText(stored);
    m_logo = settings.logo();
    showLogo();
}

void PreferencesDialog::showLogo()
{
    if (m_logo.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        m_logoInfo->setText(tr("Handouts are printed without a logo."));
    } else {
        const qreal ratio = devicePixelRatioF();
        QImage image = m_logo.toImage(m_logoPreview->size() * ratio - QSize(8, 8) * ratio);
        image.setDevicePixelRatio(ratio);
        m_logoPreview->setPixmap(QPixmap::fromImage(image));
        const QSizeF size = m_logo.naturalSize();
        m_logoInfo->setText(tr("%1 image, %2 × %3, %4 KB")
                                .arg(m_logo.formatName().toUpper())
                                .arg(qRound(size.width()))
                                .arg(qRound(size.height()))
                                .arg(std::max<qsizetype>(1, m_logo.data().size() / 1024)));
    }
    m_removeLogo->setEnabled(!m_logo.isNull());
}

void PreferencesDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Clinic's Logo"),
                                                      QDir::homePath(), tr("Images (*.png *.svg)"));
    if (!path.isEmpty())
        chooseLogoFile(path);
}

bool PreferencesDialog::chooseLogoFile(const QString& path)
{
    auto logo = ClinicLogo::fromFile(path);
    if (!logo) {
        showProblem(logo.error().message, nullptr);
        return false;
    }
    m_logo = *logo;
    m_logoChanged = true;
    m_problem->hide();
    showLogo();
    return true;
}

void PreferencesDialog::removeLogo()
{
    m_logo = {};
    m_logoChanged = true;
    showLogo();
}

void PreferencesDialog::showProblem(const QString& message, QWidget* field)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    for (QWidget* w : findChildren<QWidget*>())
        tones::setInvalid(w, false);
    if (field) {
        tones::setInvalid(field, true);
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(field))
                m_tabs->setCurrentIndex(i);
        field->setFocus();
    }
}

bool PreferencesDialog::save()
{
    QList<QPair<Key, QVariant>> values;
    QMap<Key, QWidget*> fields;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        values.append({it.key(), it.value()->text()});
        fields.insert(it.key(), it.value());
    }
    values.append({Key::ClinicAddress, m_address->toPlainText()});
    fields.insert(Key::ClinicAddress, m_address);
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        values.append({it.key(), it.value()->value()});
        fields.insert(it.key(), it.value());
    }
    values.append({Key::PaperSize, m_paper->currentData()});
    values.append({Key::HandoutLanguage, m_language->currentData()});
    if (m_logoChanged) {
        // The logo itself, in the same transaction; an older store's file path goes.
        values.append({Key::ClinicLogo, m_logo.toDataUri()});
        values.append({Key::ClinicLogoPath, QString()});
    }
    // Each value is checked first so that the field can be named; then all in one go.
    for (const auto& [key, value] : values) {
        if (auto checked = ClinicSettings::validate(key, value); !checked) {
            showProblem(checked.error().message, fields.value(key));
            return false;
        }
    }
    if (auto st = m_workspace.settings().setValues(values); !st) {
        QWidget* field = st.error().code == QLatin1String("settings.pain_order")
                             ? m_numbers.value(Key::PainSafeMax)
                             : nullptr;
        showProblem(st.error().message, field);
        return false;
    }
    m_desk.setClinicianName(m_clinician->text());
    m_logoChanged = false;
    showProblem(QString(), nullptr);
    return true;
}

void PreferencesDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gradus
