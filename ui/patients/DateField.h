#pragma once

#include <QDate>
#include <QLineEdit>

namespace gradus {

// A date typed as text, because a date spin box always holds some date: a date of birth
// left at its default would be saved silently wrong. Reads 1985-03-14, 14.03.1985,
// 14/03/1985 (day first) and 14.3.85 is refused (two-digit years are ambiguous).
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    static QDate parse(const QString& text);
    // Invalid when blank or unreadable.
    QDate date() const { return parse(text()); }
    bool isBlank() const { return text().trimmed().isEmpty(); }
    // Blank, or a date that parse() understands.
    bool isReadable() const { return isBlank() || date().isValid(); }
    // Shows `date` as yyyy-MM-dd; an invalid date clears the field.
    void setDate(const QDate& date);
    // "Saturday, 14 March 1985", so the clinician sees how the text was read.
    static QString longForm(const QDate& date);
};

} // namespace gradus
