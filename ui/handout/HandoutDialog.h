#pragma once

#include "handout/HandoutContent.h"
#include "services/HandoutCheck.h"
#include "util/Result.h"

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace gradus {

class Workspace;

// Print preview, print and "Save as PDF…" for one patient's handout. Everything is drawn by
// the core's HandoutBuilder (the same document as gradus-cli writes); QPrinter lives only
// here. The safety check runs when the dialog opens and again before every output: while it
// refuses, the dialog shows its message and prints and writes nothing.
class HandoutDialog : public QDialog
{
    Q_OBJECT

public:
    HandoutDialog(Workspace& workspace, HandoutContent content, HandoutCheck check,
                  QWidget* parent = nullptr);

    // The paper chosen (clinic setting by default).
    QPageSize pageSize() const;
    void setPageSize(const QPageSize& size);
    // The handout's language: the patient's preferred one by default (HandoutContent).
    QString language() const { return m_content.language; }
    void setLanguage(const QString& code);
    // Null when the handout may be produced; else the gate's message.
    const QString& refusal() const { return m_refusal; }

    // The parts behind the buttons, without their file and print dialogs (tests use them).
    Status savePdf(const QString& path);
    Status printTo(QPrinter& printer);

    QPushButton* previewButton() const { return m_preview; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void preview();
    void print();
    void saveAsPdf();

private:
    // Runs the gate; shows and returns its refusal.
    Status checkAllowed();
    void configure(QPrinter& printer) const;
    void showError(const QString& message);
    void showLanguageNote();

    Workspace& m_workspace;
    HandoutContent m_content;
    HandoutCheck m_check;
    QString m_refusal;
    QComboBox* m_paper = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace gradus
