#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace gradus {

// Dates and numbers for people to read, in a locale's own conventions. Patterns are derived
// from the locale's long date format, so "3 Sep 2026" (en_GB), "Sep 3, 2026" (en_US),
// "3. Sept. 2026" (de), "3 sept. 2026" (fr) and "3 sept 2026" (es) all come from one call;
// a hard-coded "d MMM yyyy" would put the German day without its full stop and the American
// day first. Machine formats (ISO dates in files, JSON and the database) do not go here.
namespace LocaleFormat {

// "3 September 2026": the long date without the weekday.
QString longDate(const QDate& date, const QLocale& locale = QLocale());
// "3 Sep 2026": the everyday date of lists, tables and headings.
QString date(const QDate& date, const QLocale& locale = QLocale());
// "3 Sep": within a stated year (week ranges, diary columns, chart axes).
QString dayMonth(const QDate& date, const QLocale& locale = QLocale());
// "3 Sep 2026, 14:05" in local time.
QString dateTime(const QDateTime& stamp, const QLocale& locale = QLocale());

// The patterns themselves, for QDateEdit::setDisplayFormat and chart axes.
QString longDatePattern(const QLocale& locale = QLocale());
QString datePattern(const QLocale& locale = QLocale());
QString dayMonthPattern(const QLocale& locale = QLocale());

// A measured value with at most `decimals` decimals and no trailing zeros: "2.5", "2,5", "3".
QString decimal(double value, int decimals = 1, const QLocale& locale = QLocale());

} // namespace LocaleFormat

} // namespace gradus
