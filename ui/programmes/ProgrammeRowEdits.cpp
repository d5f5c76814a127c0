#include "ProgrammeRowEdits.h"

#include <algorithm>

namespace gradus::ProgrammeRowEdits {

QList<QPair<int, int>> layout(const Programme& programme)
{
    QList<QPair<int, int>> rows;
    for (int s = 0; s < programme.sections.size(); ++s)
        for (int i = 0; i < programme.sections[s].prescriptions.size(); ++i)
            rows.append({s, i});
    return rows;
}

bool insert(Programme& programme, const QList<Prescription>& prescriptions, int beforeRow,
            const QString& firstSectionName)
{
    if (prescriptions.isEmpty())
        return false;
    const QList<QPair<int, int>> flat = layout(programme);
    int section = -1;
    int position = 0;
    if (beforeRow >= 0 && beforeRow < flat.size()) {
        section = flat[beforeRow].first;
        position = flat[beforeRow].second;
    } else {
        if (programme.sections.isEmpty())
            programme.sections.append(ProgrammeSection{firstSectionName, {}});
        section = int(programme.sections.size()) - 1;
        position = int(programme.sections[section].prescriptions.size());
    }
    for (const Prescription& p : prescriptions)
        programme.sections[section].prescriptions.insert(position++, p);
    return true;
}

bool moveRows(Programme& programme, QList<int> rows, int beforeRow)
{
    const QList<QPair<int, int>> flat = layout(programme);
    const int count = int(flat.size());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [count](int r) { return r < 0 || r >= count; }),
        rows.end());
    if (rows.isEmpty() || programme.sections.isEmpty())
        return false;
    beforeRow = std::clamp(beforeRow, 0, count);
    // The first row that stays, at or after the drop point, decides the section and place.
    int anchor = beforeRow;
    while (anchor < count && rows.contains(anchor))
        ++anchor;

    // The new reading order as (section, old row); compared with the old one to spot a drop
    // that changes nothing (a row dropped back onto its own place).
    QList<QPair<int, int>> order;
    const auto placeMoved = [&](int section) {
        for (int r : rows)
            order.append({section, r});
    };
    for (int r = 0; r < count; ++r) {
        if (r == anchor)
            placeMoved(flat[r].first);
        if (!rows.contains(r))
            order.append({flat[r].first, r});
    }
    if (anchor >= count)
        placeMoved(int(programme.sections.size()) - 1);
    bool changed = false;
    for (int i = 0; i < count && !changed; ++i)
        changed = order[i].second != i || order[i].first != flat[i].first;
    if (!changed)
        return false;

    QList<ProgrammeSection> sections = programme.sections;
    for (ProgrammeSection& s : sections)
        s.prescriptions.clear();
    for (const auto& [section, oldRow] : order) {
        const auto [s, i] = flat[oldRow];
        sections[section].prescriptions.append(programme.sections[s].prescriptions[i]);
    }
    programme.sections = sections;
    return true;
}

bool moveByOne(Programme& programme, int row, int delta)
{
    const QList<QPair<int, int>> flat = layout(programme);
    const int target = row + delta;
    if (row < 0 || row >= flat.size() || target < 0 || target >= flat.size() || delta == 0)
        return false;
    const auto [fromSection, fromPos] = flat[row];
    const auto [toSection, toPos] = flat[target];
    if (fromSection == toSection) {
        programme.sections[fromSection].prescriptions.swapItemsAt(fromPos, toPos);
        return true;
    }
    const Prescription moved = programme.sections[fromSection].prescriptions.takeAt(fromPos);
    auto& list = programme.sections[toSection].prescriptions;
    list.insert(delta < 0 ? list.size() : 0, moved);
    return true;
}

} // namespace gradus::ProgrammeRowEdits
