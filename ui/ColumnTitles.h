#pragma once

#include <QStringList>
#include <QVariant>

namespace gradus {

// What a table model's headerData gives for column titles: `titles`, in column order, as the
// horizontal header's text; nothing for other roles, the vertical header or a column past the
// end. A model with tooltips or row numbers in its header answers those roles first.
QVariant columnTitle(const QStringList& titles, int section, Qt::Orientation orientation, int role);

} // namespace gradus
