#pragma once

#include "handout/HandoutLanguage.h"
#include "util/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace gradus {

// The common shape of the export dialogs: what will be written (the subclass fills body()),
// where (a file with Browse…), Export and Close, and a status line. Files are written through
// PrivateFile (atomic, owner-only). An existing file is replaced only when it was chosen with
// Browse…, whose dialog has asked; a typed name of an existing file is refused with a message.
class ExportFileDialog : public QDialog
{
    Q_OBJECT

public:
    QLineEdit* pathField() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }

    // Writes the file now (the Export button); true when written.
    bool exportNow();

signals:
    void exported(const QString& path);

protected:
    ExportFileDialog(const QString& title, const QString& fileFilter, QWidget* parent);

    QVBoxLayout* body() const { return m_body; }
    // A file name in the user's documents folder, until the user chooses one.
    void suggestFileName(const QString& fileName);
    // Whether there is something to export; `problem` says why not.
    void setReady(bool ready, const QString& problem = {});
    virtual Result<QByteArray> produce() = 0;
    // Which language a file for the patient is written in, and why: "Deutsch (German), the
    // patient's preferred language".
    static QString writtenIn(const HandoutLanguage& language, const QString& patientLanguage);

private:
    void browse();
    void showStatus(const QString& text, bool problem);

    QString m_filter;
    QString m_approvedReplace; // a path the save dialog asked about
    QVBoxLayout* m_body = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    bool m_ready = true;
};

} // namespace gradus
