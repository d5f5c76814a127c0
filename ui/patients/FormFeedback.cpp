#include "patients/FormFeedback.h"

#include "style/Tones.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace gradus {

FormFeedback::FormFeedback(QObject* parent) : QObject(parent) {}

void FormFeedback::addRow(QFormLayout* form, const QString& label, QWidget* input,
                          const QString& field)
{
    auto* holder = new QWidget;
    auto* box = new QVBoxLayout(holder);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(input);
    auto* message = new QLabel(holder);
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setVisible(false);
    box->addWidget(message);
    form->addRow(label, holder);
    if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(holder)))
        buddy->setBuddy(input);
    m_entries.insert(field, Entry{input, message, {}, false});
    m_order << field;
}

void FormFeedback::render(Entry& entry, const QString& error)
{
    const bool invalid = !error.isEmpty();
    tones::setTextTone(entry.message, invalid ? tones::Tone::Error : tones::Tone::Muted);
    entry.message->setText(invalid ? error : entry.hint);
    entry.message->setVisible(!entry.message->text().isEmpty());
    if (entry.invalid != invalid) {
        entry.invalid = invalid;
        entry.input->setProperty("invalid", invalid);
        // The field tinted with the palette's error colour.
        tones::setInvalid(entry.input, invalid);
    }
}

void FormFeedback::setHint(const QString& field, const QString& hint)
{
    auto it = m_entries.find(field);
    if (it == m_entries.end())
        return;
    it->hint = hint;
    if (!it->invalid)
        render(*it, QString());
}

QWidget* FormFeedback::show(const FieldIssues& issues)
{
    QWidget* first = nullptr;
    for (const QString& field : std::as_const(m_order)) {
        Entry& entry = m_entries[field];
        const QString error = issueFor(issues, field);
        render(entry, error);
        if (!error.isEmpty() && !first)
            first = entry.input;
    }
    QStringList unplaced;
    for (const FieldIssue& issue : issues)
        if (!m_entries.contains(issue.field))
            unplaced << issue.message;
    showGeneral(unplaced.join(u' '));
    return first;
}

void FormFeedback::showGeneral(const QString& message)
{
    if (!m_general)
        return;
    m_general->setText(message);
    m_general->setVisible(!message.isEmpty());
}

QString FormFeedback::messageFor(const QString& field) const
{
    const auto it = m_entries.constFind(field);
    return it != m_entries.cend() && it->invalid ? it->message->text() : QString();
}

} // namespace gradus
