#pragma once

#include "undo/StoreCommand.h"

#include <functional>

namespace gradus {

// Undo of an edit to one versioned record: redo() stores `after`, undo() stores `before`,
// each through `update` (a service call). The stored version is carried from step to step,
// so every write is checked against the version this command left; a record another desk
// changed meanwhile is refused as a conflict, not overwritten.
template <typename Record> class SnapshotEditCommand final : public StoreCommand
{
public:
    using Update = std::function<Result<Record>(const Record&)>;

    SnapshotEditCommand(const QString& text, Record before, Record after, Update update)
        : StoreCommand(text), m_before(std::move(before)), m_after(std::move(after)),
          m_version(m_after.version), m_update(std::move(update))
    {
    }

private:
    Status applyUndo() override { return apply(m_before); }
    Status applyRedo() override { return apply(m_after); }

    Status apply(const Record& state)
    {
        Record record = state;
        record.version = m_version;
        auto stored = m_update(record);
        if (!stored)
            return stored.error();
        m_version = stored->version;
        return {};
    }

    Record m_before;
    Record m_after;
    int m_version = 0; // the stored record's version, as this command left it
    Update m_update;
};

} // namespace gradus
