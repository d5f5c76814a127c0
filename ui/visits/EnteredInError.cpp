#include "visits/EnteredInError.h"

#include "style/Tones.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace gradus::enteredInError {

QVariant rowData(int role, bool statusColumn)
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

} // namespace gradus::enteredInError
