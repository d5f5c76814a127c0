#pragma once

#include <QDate>
#include <QLineEdit>
#include <QLocale>

namespace gradus {

// A date typed as text, because a date spin box always holds some date: a date of birth
// left at its default would be saved silently wrong. Reads the user's locale (QLocale) and
// always ISO: in en_US 03/04/1985 is 4 March, in en_GB and de_DE 03/04/1985 and 03.04.1985
// are 3 April, and 1985-03-04 is 4 March everywhere. The separator may be . / or -, and a
// month may be written out in the locale's language ("4 March 1985"). Two-digit years are
// refused: 03/04/85 could be 1885 or 1985 for a date of birth.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    static QDate parse(const QString& text, const QLocale& locale = QLocale());
    // The locale's short numeric format with a four-digit year ("M/d/yyyy" in en_US,
    // "dd.MM.yyyy" in de_DE); ISO (yyyy-MM-dd) for the C locale.
    static QString displayFormat(const QLocale& locale = QLocale());
    // "MM/DD/YYYY or YYYY-MM-DD": what the field accepts, for its placeholder.
    static QString hint(const QLocale& locale = QLocale());
    static QString format(const QDate& date, const QLocale& locale = QLocale());

    // Invalid when blank or unreadable.
    QDate date() const { return parse(text(), locale()); }
    bool isBlank() const { return text().trimmed().isEmpty(); }
    // Blank, or a date that parse() understands.
    bool isReadable() const { return isBlank() || date().isValid(); }
    // Shows `date` in the locale's format; an invalid date clears the field.
    void setDate(const QDate& date);
    // "Saturday, 14 March 1985", so the clinician sees how the text was read.
    static QString longForm(const QDate& date);
};

} // namespace gradus
