#pragma once

#include "patients/FieldIssue.h"

#include <QHash>
#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace gradus {

// Shows validation messages at the fields of a form: a short message in the palette's error
// colour under each field with a problem, and the field tinted. Fields are registered under
// the names FieldIssue uses ("given", "dob", ...).
class FormFeedback : public QObject
{
    Q_OBJECT

public:
    explicit FormFeedback(QObject* parent = nullptr);

    // Adds a form row with `input` and a hidden message line under it.
    void addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field);
    // A message line for problems that belong to no field (shown at the top of the form).
    void setGeneralLabel(QLabel* label) { m_general = label; }
    // A neutral hint under a field (such as how a date was read); empty hides it.
    void setHint(const QString& field, const QString& hint);

    // Shows `issues` (and clears fields without any); returns the first field's widget
    // with a problem, or nullptr.
    QWidget* show(const FieldIssues& issues);
    void showGeneral(const QString& message);
    QString messageFor(const QString& field) const;

private:
    struct Entry
    {
        QWidget* input = nullptr;
        QLabel* message = nullptr;
        QString hint;
        bool invalid = false;
    };
    void render(Entry& entry, const QString& error);

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QLabel* m_general = nullptr;
};

} // namespace gradus
