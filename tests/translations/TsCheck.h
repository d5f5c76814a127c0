#pragma once

#include <QString>
#include <QStringList>

namespace gradus::test {

// What makes a Qt Linguist .ts file incomplete, message by message: a translation still
// unfinished (or empty, or with an empty plural form), and entries lupdate marked vanished or
// obsolete (their source text is no longer in the code). Returns one line per problem,
// "file: context: \"source\": what"; empty when the file is complete.
QStringList tsProblems(const QString& path);

} // namespace gradus::test
