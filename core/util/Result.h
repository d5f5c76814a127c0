#pragma once

#include "util/ErrorKind.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gradus {

// An error the user can act on: `message` is translated, complete and names the problem.
// `code` is a stable machine-readable identifier for tests and the CLI's JSON output.
// `kind` classifies it (util/ErrorKind.h); use kind() to read it, which infers the kind of
// errors made before every producer set one.
struct Error
{
    QString code;
    QString message;
    ErrorKind explicitKind = ErrorKind::Unspecified;

    ErrorKind kind() const;
};

// A small stand-in for C++23 std::expected: the core returns these instead of throwing or
// showing dialogs, and the UI or CLI decides how to present the error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result for operations that produce no value.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace gradus
