#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <iterator>
#include <optional>
#include <type_traits>

namespace gradus {

// An enum's text in one table instead of a switch per direction: each row has the `value`, a
// stable `key` for files and the command line, and whatever else the enum needs (a row struct
// of the enum's own, or KeyedLabel). Labels are
// kept untranslated (QT_TRANSLATE_NOOP with the enum's context) and translated on use.
template <typename E> struct KeyedLabel
{
    E value;
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP(context, ...), or nullptr
};

namespace enumTable {

// `rows` is any table of rows: a C array, a std::array or a span of one.

// The row of `value`, or nullptr when the table has none.
template <typename Rows, typename E>
auto find(const Rows& rows, E value) -> decltype(&*std::begin(rows))
{
    for (const auto& row : rows)
        if (row.value == value)
            return &row;
    return nullptr;
}

// The row whose key is exactly `key`, or nullptr.
template <typename Rows>
auto findKey(const Rows& rows, QStringView key) -> decltype(&*std::begin(rows))
{
    for (const auto& row : rows)
        if (key == QLatin1String(row.key))
            return &row;
    return nullptr;
}

// The value whose key is exactly `key`; nullopt when no row has it.
template <typename Rows>
auto fromKey(const Rows& rows, QStringView key)
    -> std::optional<std::remove_cvref_t<decltype(std::begin(rows)->value)>>
{
    if (const auto* row = findKey(rows, key))
        return row->value;
    return std::nullopt;
}

// The stable key of `value`; empty when the table has no row for it.
template <typename Rows, typename E> QString key(const Rows& rows, E value)
{
    const auto* row = find(rows, value);
    return row ? QString::fromLatin1(row->key) : QString();
}

// The label of `value` translated in `context`; empty when there is none.
template <typename Rows, typename E> QString label(const char* context, const Rows& rows, E value)
{
    const auto* row = find(rows, value);
    return row && row->label ? QCoreApplication::translate(context, row->label) : QString();
}

// Every value and every key, in the table's order.
template <typename Rows> auto values(const Rows& rows)
{
    QList<std::remove_cvref_t<decltype(std::begin(rows)->value)>> out;
    for (const auto& row : rows)
        out.append(row.value);
    return out;
}
template <typename Rows> QStringList keys(const Rows& rows)
{
    QStringList out;
    for (const auto& row : rows)
        out.append(QString::fromLatin1(row.key));
    return out;
}

} // namespace enumTable
} // namespace gradus
