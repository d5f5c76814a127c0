#include "visits/RevisionCells.h"

#include "PlainText.h"
#include "model/RevisionStamp.h"
#include "style/Tones.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace gradus::revisionCells {
namespace {

QVariant withdrawn(int role, bool statusColumn)
{
    if (role == Qt::FontRole) {
        QFont f;
        f.setStrikeOut(!statusColumn);
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ForegroundRole)
        return QBrush(tones::text(tones::Tone::Muted));
    if (role == Qt::DisplayRole && statusColumn)
        return QCoreApplication::translate("gradus::EnteredInError", "Entered in error");
    return {};
}

} // namespace

QVariant data(const RevisionStamp& record, int role, bool statusColumn)
{
    if (record.enteredInError) {
        if (QVariant cell = withdrawn(role, statusColumn); cell.isValid())
            return cell;
    }
    if (!statusColumn)
        return {};
    if (role == Qt::DisplayRole)
        return record.amended() ? QCoreApplication::translate("gradus::RevisionCells", "Amended")
                                : QString();
    if (!record.amended())
        return {};
    if (role == Qt::ToolTipRole)
        return plainToolTip(
            QCoreApplication::translate("gradus::RevisionCells", "Last amended %1 by %2: %3")
                .arg(QLocale().toString(record.recordedAt.toLocalTime(), QLocale::ShortFormat),
                     record.recordedBy, record.reason));
    if (role == Qt::ForegroundRole)
        return QBrush(tones::text(tones::Tone::Warning));
    return {};
}

} // namespace gradus::revisionCells
