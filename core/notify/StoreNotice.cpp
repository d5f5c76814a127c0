#include "notify/StoreNotice.h"

namespace gradus {

void emitNotices(StoreNotifier& notifier, const QList<StoreNotice>& notices)
{
    for (const StoreNotice& n : notices) {
        switch (n.change) {
        case StoreNotice::Change::Added:
            emit notifier.added(n.kind, n.id);
            break;
        case StoreNotice::Change::Changed:
            emit notifier.changed(n.kind, n.id);
            break;
        case StoreNotice::Change::Removed:
            emit notifier.removed(n.kind, n.id);
            break;
        case StoreNotice::Change::Reset:
            emit notifier.reset(n.kind);
            break;
        }
    }
}

} // namespace gradus
