#pragma once

#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlDriver;

namespace gradus {

// A statement for a clinic server in one round trip. Qt's PostgreSQL driver turns a prepared
// statement into three (PREPARE, EXECUTE with the values, DEALLOCATE), each a wait on the
// network; its EXECUTE already sends the values as SQL literals written by the driver
// (QSqlDriver::formatValue, with libpq's own escaping). Writing the same literals into the
// statement sends it once, with the same values (docs/BENCHMARKS.md, "Server round trips").
namespace ServerStatement {

// `sql` with each `?` placeholder replaced by literal(value), in order. A `?` inside a quoted
// string, a quoted name or a comment is left alone. Nothing when the placeholders and the
// values do not pair up.
std::optional<QString> withValues(const QString& sql, const QVariantList& values,
                                  const std::function<QString(const QVariant&)>& literal);

// The SQL literal `driver` writes for `value` when it binds it: NULL for a null QString, date
// or byte array, as Qt's drivers do.
QString literal(const QSqlDriver* driver, const QVariant& value);

} // namespace ServerStatement
} // namespace gradus
