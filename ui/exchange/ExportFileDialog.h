#pragma once

#include "handout/HandoutLanguage.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace gradus {

class ExportService;
class Workspace;

// The common shape of the export dialogs: what will be written (the subclass fills body()),
// where (a file with Browse…), Export and Close, and a status line. Files are written through
// PrivateFile (atomic, owner-only). An existing file is replaced only when it was chosen with
// Browse…, whose dialog has asked; a typed name of an existing file is refused with a message.
// The file is made and written off the UI thread (BackgroundTask), with a progress dialog
// when it takes long.
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
    // `intro`: the opening paragraph, what the file holds and who it is for.
    ExportFileDialog(Workspace& workspace, const QString& title, const QString& fileFilter,
                     const QString& intro, QWidget* parent);

    QVBoxLayout* body() const { return m_body; }
    // A file name in the user's documents folder, until the user chooses one.
    void suggestFileName(const QString& fileName);
    // Whether there is something to export; `problem` says why not.
    void setReady(bool ready, const QString& problem = {});
    // What to write, made on a worker thread from the service given there: the subclass reads
    // its fields here, on the UI thread, and the function it returns must not touch widgets.
    using Producer = std::function<Result<QByteArray>(ExportService& service)>;
    virtual Producer producer() = 0;
    // Which language a file for the patient is written in, and why: "Deutsch (German), the
    // patient's preferred language".
    static QString writtenIn(const HandoutLanguage& language, const QString& patientLanguage);

private:
    void browse();
    void showStatus(const QString& text, bool problem);

    Workspace& m_workspace;
    QString m_filter;
    QString m_approvedReplace; // a path the save dialog asked about
    QVBoxLayout* m_body = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    bool m_ready = true;
};

} // namespace gradus
