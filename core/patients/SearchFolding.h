#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace gradus::SearchFolding {

// Folds text for search: lower case, accents and other marks removed ("Zoë" -> "zoe"),
// letters without a decomposition spelled out the way people type them without the key
// (ß -> ss, æ -> ae, œ -> oe, ø -> o, ł -> l, đ/ð -> d, þ -> th), and apostrophes dropped
// ("O'Brien" -> "obrien"). Query and data go through the same function, so "zoe" finds
// "Zoë" and "ZOË" finds "Zoe".
QString fold(QStringView text);

// The German/Nordic transliteration of `text`, folded (ä/æ -> ae, ö/ø -> oe, ü -> ue,
// å -> aa: "Müller" -> "mueller", "Søren" -> "soeren"), or empty when it equals fold(text).
// Search keys carry both spellings so that either way of typing finds the name.
QString transliterationVariant(QStringView text);

// Splits a folded query into the words that must all occur.
QStringList tokens(const QString& foldedQuery);

} // namespace gradus::SearchFolding
