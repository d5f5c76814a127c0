#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gradus {

// One problem with one field of a record, so that a dialog can show the message next to the
// field and gradus-cli can print it. `field` uses the JSON/CLI field names ("given", "dob",
// "clinic_number", "onset", ...).
struct FieldIssue
{
    QString field;
    QString message;
};

using FieldIssues = QList<FieldIssue>;

// All messages of `issues` as one Error (the repositories' answer to invalid input).
inline Error invalidInput(const QString& code, const FieldIssues& issues)
{
    QStringList messages;
    for (const FieldIssue& issue : issues)
        messages << issue.message;
    return Error{code, messages.join(u' ')};
}

// The message for `field`, or empty when it has none.
inline QString issueFor(const FieldIssues& issues, const QString& field)
{
    for (const FieldIssue& issue : issues)
        if (issue.field == field)
            return issue.message;
    return {};
}

} // namespace gradus
