#pragma once

#include "notify/StoreNotifier.h"
#include "settings/ClinicSettings.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <memory>

namespace gradus {

// Everything a feature needs from the core for one open store: the database, the change
// notifier, clinic settings and the clock. The app and gradus-cli each make one and pass it
// (by reference) to repositories, views and commands.
class Workspace
{
public:
    Workspace(std::unique_ptr<Database> db, Clock& clock);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    Database& db() { return *m_db; }
    StoreNotifier& notifier() { return m_notifier; }
    ClinicSettings& settings() { return *m_settings; }
    Clock& clock() { return m_clock; }

private:
    std::unique_ptr<Database> m_db;
    StoreNotifier m_notifier;
    std::unique_ptr<ClinicSettings> m_settings;
    Clock& m_clock;
};

} // namespace gradus
