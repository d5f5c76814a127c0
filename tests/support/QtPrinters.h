#pragma once

#include <QString>

#include <ostream>

// Lets GoogleTest print QStrings as text in failure messages instead of UTF-16 bytes.
// GoogleTest finds PrintTo by argument-dependent lookup, so it lives in QString's namespace.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE
