#include "patients/DateField.h"

#include "i18n/LocaleFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace gradus {

DateField::DateField(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD or DD.MM.YYYY"));
    setClearButtonEnabled(true);
    setMaxLength(10);
}

QDate DateField::parse(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayFirst.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString());
}

QString DateField::longForm(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat); // with the weekday
}

} // namespace gradus
