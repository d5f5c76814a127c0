#include "log/Logging.h"

#include "util/AppPaths.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gradus::logging {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
QString g_logFile;
bool g_initialized = false;

constexpr std::size_t kMaxFileSize = std::size_t{5} * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& msg)
{
    static const auto qtLogger = get("qt");
    const std::string text = msg.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        qtLogger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        qtLogger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        qtLogger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        qtLogger->error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        qtLogger->critical("[{}] {}", category, text);
        qtLogger->flush();
        std::abort();
    }
}

} // namespace

void initialize(const QString& logDirectory, bool alsoToStderr)
{
    {
        std::lock_guard lock(g_mutex);
        if (g_initialized)
            return;
        g_initialized = true;

        if (AppPaths::ensurePrivateDirectory(logDirectory)) {
            g_logFile = QDir(logDirectory).filePath(QStringLiteral("gradus.log"));
            try {
                // spdlog opens its files with fopen (0644 under the usual umask); creating each
                // one owner-only just before keeps every log file private from its first byte.
                spdlog::file_event_handlers handlers;
                handlers.before_open = [](const spdlog::filename_t& name) {
                    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC,
                                          S_IRUSR | S_IWUSR);
                    if (fd >= 0)
                        ::close(fd);
                };
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    g_logFile.toStdString(), kMaxFileSize, kMaxFiles, false, handlers);
                file->set_level(spdlog::level::debug);
                g_sinks.push_back(file);
            } catch (const spdlog::spdlog_ex&) {
                // An unwritable log directory must not stop a clinician from working.
                g_logFile.clear();
            }
        }
        if (alsoToStderr) {
            auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
            err->set_level(spdlog::level::warn);
            g_sinks.push_back(err);
        }
        if (g_sinks.empty())
            g_sinks.push_back(std::make_shared<spdlog::sinks::null_sink_mt>());
    }
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%n] %v");
    spdlog::flush_on(spdlog::level::info);
    qInstallMessageHandler(qtMessageHandler);
    get("app")->info("Gradus logging started");
}

void initializeSilent()
{
    std::lock_guard lock(g_mutex);
    if (g_initialized)
        return;
    g_initialized = true;
    g_sinks.push_back(std::make_shared<spdlog::sinks::null_sink_mt>());
}

std::shared_ptr<spdlog::logger> get(const std::string& module)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    if (g_sinks.empty())
        g_sinks.push_back(std::make_shared<spdlog::sinks::null_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>(module, g_sinks.begin(), g_sinks.end());
    // initialize_logger applies the global pattern and flush level, then registers.
    spdlog::initialize_logger(logger);
    logger->set_level(spdlog::level::debug);
    return logger;
}

QString logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_logFile;
}

} // namespace gradus::logging
