#pragma once

#include "i18n/DataTexts.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gradus {

// Reads data texts into a DataTexts: a language's translation files (resources/i18n/<lang>/),
// and the English texts from the original data files. Structural problems (not JSON, a wrong
// format or language, a text that is not a string, an unknown field) are collected in the
// result's problems(); whatever could be read is kept.
class DataTextsReader
{
    Q_DECLARE_TR_FUNCTIONS(DataTextsReader)

public:
    // The five files of a translation, in the order of resources/i18n/README.md.
    static QStringList fileNames();
    // Reads one translation file's bytes (`fileName` as in fileNames()) into `texts`.
    static void readTranslation(const QString& fileName, const QByteArray& bytes, DataTexts& texts);
    // Reads <folder>/<file> for each of fileNames(); a missing file is skipped and named in
    // `missing` when given.
    static DataTexts readFolder(const QString& language, const QString& folder,
                                QStringList* missing = nullptr);
    // The English texts of the built-in data (resources embedded in gradus_core).
    static DataTexts readEnglish();

private:
    static void readExercises(const QJsonObject& root, const QString& file, DataTexts& texts);
    static void readConditions(const QJsonObject& root, const QString& file, DataTexts& texts);
    static void readRules(const QJsonObject& root, const QString& file, DataTexts& texts);
    static void readRedFlags(const QJsonObject& root, const QString& file, DataTexts& texts);
    static void readTemplates(const QJsonObject& root, const QString& file, DataTexts& texts);
};

} // namespace gradus
