#include "patients/DateField.h"

#include <QRegularExpression>

namespace gradus {
namespace {

// The order of day, month and year in the locale's short date format: "MDY", "DMY", "YMD".
QString fieldOrder(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QList<std::pair<qsizetype, QChar>> found;
    for (QChar c : {u'd', u'M', u'y'}) {
        const qsizetype at = format.indexOf(c);
        if (at >= 0)
            found.append({at, c == u'd' ? u'D' : c == u'M' ? u'M' : u'Y'});
    }
    std::sort(found.begin(), found.end());
    QString order;
    for (const auto& [at, c] : found)
        order += c;
    return order.size() == 3 ? order : QStringLiteral("DMY");
}

bool isC(const QLocale& locale)
{
    return locale.language() == QLocale::C;
}

} // namespace

DateField::DateField(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(hint(locale()));
    setClearButtonEnabled(true);
    setMaxLength(40);
}

QString DateField::displayFormat(const QLocale& locale)
{
    if (isC(locale))
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A four-digit year: "yy" alone becomes "yyyy".
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return format;
}

QString DateField::hint(const QLocale& locale)
{
    if (isC(locale))
        return tr("YYYY-MM-DD or DD.MM.YYYY");
    QString pattern = displayFormat(locale);
    static const QRegularExpression day(QStringLiteral("d+"));
    static const QRegularExpression month(QStringLiteral("M+"));
    static const QRegularExpression year(QStringLiteral("y+"));
    pattern.replace(year, tr("YYYY", "date pattern: year"));
    pattern.replace(month, tr("MM", "date pattern: month"));
    pattern.replace(day, tr("DD", "date pattern: day"));
    return tr("%1 or YYYY-MM-DD").arg(pattern);
}

QString DateField::format(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, displayFormat(locale)) : QString();
}

QDate DateField::parse(const QString& text, const QLocale& locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    // Three numbers in the locale's order, separated by . / - or a space.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,4})\\s*[./\\- ]\\s*(\\d{1,2})\\s*[./\\- ]\\s*(\\d{1,4})\\.?$"));
    if (const auto m = numeric.match(t); m.hasMatch()) {
        const QString order = fieldOrder(locale);
        int day = 0, month = 0, year = 0;
        for (int i = 0; i < 3; ++i) {
            const QString part = m.captured(i + 1);
            const QChar what = order.at(i);
            if (what == u'Y') {
                if (part.size() != 4)
                    return {}; // two-digit years are ambiguous
                year = part.toInt();
            } else if (part.size() > 2) {
                return {};
            } else if (what == u'D') {
                day = part.toInt();
            } else {
                month = part.toInt();
            }
        }
        return QDate(year, month, day);
    }

    // A month written out: the locale's long and medium forms ("4. März 1985", "March 4,
    // 1985", "4 Mar 1985").
    for (const QString& format :
         {locale.dateFormat(QLocale::LongFormat), QStringLiteral("d MMMM yyyy"),
          QStringLiteral("d MMM yyyy"), QStringLiteral("MMMM d, yyyy"),
          QStringLiteral("MMM d, yyyy"), QStringLiteral("d. MMMM yyyy")}) {
        const QDate date = locale.toDate(t, format);
        if (date.isValid())
            return date;
    }
    return {};
}

void DateField::setDate(const QDate& date)
{
    setText(format(date, locale()));
}

QString DateField::longForm(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace gradus
