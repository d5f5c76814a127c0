#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace gradus {

// An enum's text in one table instead of a switch per direction (the EnumEntry idea of
// model/ExerciseProperties.h, for enums whose rows carry more): each row has the `value`, a
// stable `key` for files and the command line, and whatever else the enum needs. Labels are
// kept untranslated (QT_TRANSLATE_NOOP with the enum's context) and translated on use.
template <typename E> struct KeyedLabel
{
    E value;
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP(context, ...), or nullptr
};

namespace enumTable {

// The row of `value`, or nullptr when the table has none.
template <typename Row, std::size_t N, typename E> const Row* find(const Row (&rows)[N], E value)
{
    for (const Row& row : rows)
        if (row.value == value)
            return &row;
    return nullptr;
}

// The row whose key is exactly `key`, or nullptr.
template <typename Row, std::size_t N> const Row* findKey(const Row (&rows)[N], QStringView key)
{
    for (const Row& row : rows)
        if (key == QLatin1String(row.key))
            return &row;
    return nullptr;
}

// The value whose key is exactly `key`; nullopt when no row has it.
template <typename Row, std::size_t N>
auto fromKey(const Row (&rows)[N], QStringView key) -> std::optional<decltype(Row::value)>
{
    if (const Row* row = findKey(rows, key))
        return row->value;
    return std::nullopt;
}

// The stable key of `value`; empty when the table has no row for it.
template <typename Row, std::size_t N, typename E> QString key(const Row (&rows)[N], E value)
{
    const Row* row = find(rows, value);
    return row ? QString::fromLatin1(row->key) : QString();
}

// The label of `value` translated in `context`; empty when there is none.
template <typename Row, std::size_t N, typename E>
QString label(const char* context, const Row (&rows)[N], E value)
{
    const Row* row = find(rows, value);
    return row && row->label ? QCoreApplication::translate(context, row->label) : QString();
}

} // namespace enumTable
} // namespace gradus
