#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gradus::Csv {

// RFC 4180: every field in double quotes, a double quote inside a field doubled, records
// ended by CRLF. Quoting every field (not only those that need it) keeps the file the same
// shape whatever the values, and spreadsheets read it as text where it must be.
QString field(const QString& value);
QString record(const QStringList& fields);
// The whole table as UTF-8, header first.
QByteArray table(const QStringList& header, const QList<QStringList>& rows);

// Reads a table written by table() (and any RFC 4180 text): for tests and round trips.
// Returns the records; an unterminated quoted field ends the input.
QList<QStringList> parse(const QByteArray& bytes);

} // namespace gradus::Csv
