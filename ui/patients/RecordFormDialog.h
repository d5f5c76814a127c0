#pragma once

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QVBoxLayout;

namespace gradus {

class FormFeedback;
class Workspace;

// What the patient, episode and condition dialogs share. OK checks the form and shows each
// problem at its field (then again as the user corrects them); the dialog closes only when
// the save succeeded, so nothing typed is lost to a refusal.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    // Checks the form as OK would, and shows the problems; true when there are none.
    virtual bool validate() = 0;
    void accept() override;

protected:
    // Lays out the dialog's column with the line for problems that belong to no field first.
    explicit RecordFormDialog(QWidget* parent);

    // The dialog's column: the subclass adds its form, then calls addSaveButtons().
    QVBoxLayout* column() const { return m_column; }
    // Save and Cancel at the foot of the column.
    void addSaveButtons();

    // Writes the record as entered.
    virtual Status save() = 0;
    // A refused save, shown above the form unless the dialog knows the field it belongs to.
    virtual void showRefusal(const Error& error);

    bool m_attempted = false; // OK was pressed once: problems are rechecked as the user types
    QWidget* m_firstInvalid = nullptr;
    FormFeedback* m_feedback = nullptr;

private:
    QVBoxLayout* m_column = nullptr;
};

// A RecordFormDialog for one record of type T: the record as it was when the dialog opened
// (an empty T for a new one), and the function that writes the record as entered.
template <typename T> class RecordDialog : public RecordFormDialog
{
public:
    // Writes the record; the dialog closes only when this succeeds.
    using SaveFunction = std::function<Status(const T&)>;

    // The record as currently entered (normalized), with the original's id and version.
    virtual T record() const = 0;

protected:
    RecordDialog(Workspace& workspace, const T& original, SaveFunction save, QWidget* parent)
        : RecordFormDialog(parent), m_workspace(workspace), m_original(original),
          m_save(std::move(save))
    {
    }

    Status save() override { return m_save ? m_save(record()) : Status(); }

    Workspace& m_workspace;
    const T m_original;

private:
    SaveFunction m_save;
};

} // namespace gradus
