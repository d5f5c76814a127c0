#include "i18n/Translations.h"

#include "i18n/DataTexts.h"
#include "i18n/Languages.h"
#include "log/Logging.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

namespace gradus {

namespace {

struct State
{
    QMutex mutex;
    QStringList extraDirectories;
    QString current;
    std::unique_ptr<QTranslator> gradus;
    std::unique_ptr<QTranslator> qt;
};

State& state()
{
    static State s;
    return s;
}

} // namespace

QStringList Translations::searchPaths()
{
    QStringList paths;
    {
        QMutexLocker lock(&state().mutex);
        paths = state().extraDirectories;
    }
    paths << qEnvironmentVariable("GRADUS_TRANSLATIONS_DIR")
                 .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    paths << QStringLiteral(":/i18n");
    return paths;
}

void Translations::setExtraDirectories(const QStringList& dirs)
{
    {
        QMutexLocker lock(&state().mutex);
        state().extraDirectories = dirs;
    }
    DataTexts::clearCache();
}

std::unique_ptr<QTranslator> Translations::loadGradus(const QString& code)
{
    if (!Languages::isSupported(code))
        return nullptr;
    for (const QString& dir : searchPaths()) {
        const QString file = QDir(dir).filePath(QStringLiteral("gradus_%1.qm").arg(code));
        if (!QFile::exists(file))
            continue;
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file))
            return translator;
        logging::get("i18n")->warn("could not read the translation {}", file.toStdString());
    }
    return nullptr;
}

std::unique_ptr<QTranslator> Translations::loadQt(const QString& code)
{
    if (!Languages::isSupported(code) || code == QLatin1String("en"))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral("qtbase_%1").arg(code),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return translator;
    logging::get("i18n")->info("Qt's own translation qtbase_{} is not installed",
                               code.toStdString());
    return nullptr;
}

QString Translations::apply(const QString& code, bool setLocale)
{
    const QString language = Languages::isSupported(code) ? code : QStringLiteral("en");
    auto qt = loadQt(language);
    auto own = loadGradus(language);
    State& s = state();
    QMutexLocker lock(&s.mutex);
    for (auto* old : {s.gradus.get(), s.qt.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    s.qt = std::move(qt);
    s.gradus = std::move(own);
    // Installed last, so consulted first: Gradus's own wording wins over Qt's.
    for (auto* translator : {s.qt.get(), s.gradus.get()})
        if (translator)
            QCoreApplication::installTranslator(translator);
    if (setLocale)
        QLocale::setDefault(Languages::applicationLocale(language));
    s.current = language;
    return language;
}

QString Translations::current()
{
    QMutexLocker lock(&state().mutex);
    return state().current.isEmpty() ? QStringLiteral("en") : state().current;
}

} // namespace gradus
