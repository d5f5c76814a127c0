#pragma once

#include "settings/ClinicLogo.h"
#include "settings/ClinicSettings.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace gradus {

class DeskSettings;
class Workspace;

// Edit → Preferences…: the clinic's details printed on every handout (name, address, phone,
// e-mail, website, logo), the default paper and handout language, the pacing and red-flag
// conventions (all in the database, for every desk of the clinic), and this desk's clinician
// name (DeskSettings). OK writes the clinic's settings as one transaction; a refused value is
// named, its field marked, and nothing is written.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Workspace& workspace, DeskSettings& desk, QWidget* parent = nullptr);

    // The parts behind the buttons, for tests: the logo as if chosen in the file dialog.
    bool chooseLogoFile(const QString& path);
    void removeLogo();
    // Writes everything; false (with the problem shown) when a value is refused.
    bool save();

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* textField(ClinicSettings::Key key) const { return m_texts.value(key); }
    QPlainTextEdit* addressField() const { return m_address; }
    QSpinBox* numberField(ClinicSettings::Key key) const { return m_numbers.value(key); }
    QComboBox* paperField() const { return m_paper; }
    QComboBox* languageField() const { return m_language; }
    QLineEdit* clinicianField() const { return m_clinician; }
    QLabel* logoPreview() const { return m_logoPreview; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    QWidget* createClinicPage();
    QWidget* createHandoutPage();
    QWidget* createPacingPage();
    QWidget* createDeskPage();
    void load();
    void showLogo();
    void chooseLogo();
    void showProblem(const QString& message, QWidget* field);

    Workspace& m_workspace;
    DeskSettings& m_desk;
    QTabWidget* m_tabs = nullptr;
    QMap<ClinicSettings::Key, QLineEdit*> m_texts;
    QMap<ClinicSettings::Key, QSpinBox*> m_numbers;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLabel* m_logoPreview = nullptr;
    QLabel* m_logoInfo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QLabel* m_problem = nullptr;
    ClinicLogo m_logo;
    bool m_logoChanged = false;
};

} // namespace gradus
