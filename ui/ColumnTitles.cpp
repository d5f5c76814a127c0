#include "ColumnTitles.h"

namespace gradus {

QVariant columnTitle(const QStringList& titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= titles.size())
        return {};
    return titles.at(section);
}

} // namespace gradus
