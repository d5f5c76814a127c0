#pragma once

#include <QDateTime>
#include <QString>

namespace gradus {

// What a clinical record that is never overwritten (a visit, a measure) says about its
// revisions: a correction adds a revision with who and why, and a withdrawn record is marked
// as entered in error, never deleted.
struct RevisionStamp
{
    int revision = 1;
    bool enteredInError = false;
    QDateTime createdAt;
    QString createdBy;
    // Of the newest revision (equal to created* for an unamended record).
    QDateTime recordedAt;
    QString recordedBy;
    QString reason;

    bool amended() const { return revision > 1; }
};

} // namespace gradus
