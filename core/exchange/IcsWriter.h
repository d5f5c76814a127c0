#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace gradus {

// Writes iCalendar text (RFC 5545): content lines ended by CRLF and folded at 75 octets
// without splitting a UTF-8 character (section 3.1), TEXT values escaped (3.3.11). Pure.
class IcsWriter
{
public:
    void begin(const QString& component) { line(QStringLiteral("BEGIN:") + component); }
    void end(const QString& component) { line(QStringLiteral("END:") + component); }
    // `name` may carry parameters ("DTSTART;VALUE=DATE"); `value` is written as given.
    void property(const QString& name, const QString& value) { line(name + u':' + value); }
    // A TEXT property: the value is escaped.
    void text(const QString& name, const QString& value) { property(name, escape(value)); }
    QByteArray bytes() const { return m_bytes; }

    static QString escape(const QString& text);
    // One content line, folded, with its CRLF.
    static QByteArray fold(const QString& line);
    // 20261123T090000Z, 20261123T090000 (floating local time), 20261123.
    static QString utc(const QDateTime& t);
    static QString floating(const QDate& date, int hour, int minute = 0);
    static QString date(const QDate& date);

private:
    void line(const QString& text) { m_bytes += fold(text); }

    QByteArray m_bytes;
};

} // namespace gradus
