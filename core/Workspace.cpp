#include "Workspace.h"

namespace gradus {

Workspace::Workspace(std::unique_ptr<Database> db, Clock& clock)
    : m_db(std::move(db)), m_settings(std::make_unique<ClinicSettings>(*m_db)), m_clock(clock)
{
    m_db->setNoticeSink(
        [this](const QList<StoreNotice>& notices) { emitNotices(m_notifier, notices); });
    QObject::connect(
        m_settings.get(), &ClinicSettings::changed, &m_notifier, [this](ClinicSettings::Key key) {
            emit m_notifier.changed(StoreNotifier::Kind::Setting, static_cast<qint64>(key));
        });
}

Workspace::~Workspace()
{
    m_db->setNoticeSink({});
}

} // namespace gradus
