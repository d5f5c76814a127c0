#pragma once

#include "services/ProgrammeImportService.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace gradus {

class Workspace;

// File > Import Programme…: reads a programme file, shows what it holds (or the problem, with
// entry and field) before anything is written, and imports it as a draft programme for the
// patient shown or as a clinic template. After a programme import the safety findings of the
// new draft are listed at once.
class ImportProgrammeDialog : public QDialog
{
    Q_OBJECT

public:
    // `patientId` 0: only "as a clinic template" is offered.
    ImportProgrammeDialog(Workspace& workspace, qint64 patientId, QWidget* parent = nullptr);

    // Reads and checks the file (what Browse… does after choosing it).
    void setFile(const QString& path);
    bool importNow();
    void setAsTemplate(bool asTemplate);

    const std::optional<ProgrammeImportReport>& report() const { return m_report; }
    QPlainTextEdit* preview() const { return m_preview; }
    QLabel* problemLabel() const { return m_problem; }
    QListWidget* findingsList() const { return m_findings; }
    QPushButton* importButton() const { return m_import; }

signals:
    // A new draft programme for the patient (the builder may show it).
    void programmeImported(qint64 patientId, qint64 programmeId);

private:
    void browse();
    void showResult();

    Workspace& m_workspace;
    qint64 m_patientId = 0;
    QString m_path;
    QByteArray m_bytes;
    std::optional<ProgrammeImportReport> m_report;
    QHash<QString, QString> m_exerciseNames; // stable id -> name, of the file's own exercises
    QLineEdit* m_file = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    QRadioButton* m_forPatient = nullptr;
    QRadioButton* m_asTemplate = nullptr;
    QListWidget* m_findings = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace gradus
