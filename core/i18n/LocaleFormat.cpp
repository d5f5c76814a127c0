#include "i18n/LocaleFormat.h"

#include <QList>

namespace gradus::LocaleFormat {

namespace {

// A date pattern split into fields ("dddd", "MMM", "yyyy"), quoted literals ("'de'") and
// separators (", ", ". ").
struct Token
{
    enum Kind
    {
        Field,
        Quoted,
        Separator
    } kind;
    QString text;
};

QList<Token> tokenize(const QString& pattern)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        qsizetype end = i + 1;
        Token::Kind kind = Token::Separator;
        if (c == u'\'') {
            kind = Token::Quoted;
            while (end < pattern.size() && pattern.at(end) != u'\'')
                ++end;
            end = std::min(end + 1, pattern.size());
        } else if (c.isLetter()) {
            kind = Token::Field;
            while (end < pattern.size() && pattern.at(end) == c)
                ++end;
        } else {
            while (end < pattern.size() && !pattern.at(end).isLetter() && pattern.at(end) != u'\'')
                ++end;
        }
        tokens.append({kind, pattern.mid(i, end - i)});
        i = end;
    }
    return tokens;
}

QString join(const QList<Token>& tokens)
{
    QString result;
    for (const Token& t : tokens)
        result += t.text;
    return result.simplified();
}

bool isWeekday(const Token& t)
{
    return t.kind == Token::Field && t.text.startsWith(u'd') && t.text.size() >= 3;
}

bool isYear(const Token& t)
{
    return t.kind == Token::Field && t.text.startsWith(u'y');
}

// The long format without the weekday and whatever joins it to the date.
QList<Token> longTokens(const QLocale& locale)
{
    QList<Token> tokens = tokenize(locale.dateFormat(QLocale::LongFormat));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!isWeekday(tokens[i]))
            continue;
        qsizetype end = i + 1;
        while (end < tokens.size() && tokens[end].kind != Token::Field)
            ++end;
        tokens.remove(i, end - i);
        break;
    }
    return tokens;
}

// Abbreviated month; words such as Spanish "de" are left out, as in "3 sept 2026".
QList<Token> mediumTokens(const QLocale& locale)
{
    QList<Token> tokens;
    for (Token t : longTokens(locale)) {
        if (t.kind == Token::Quoted)
            continue;
        if (t.kind == Token::Field && t.text == QLatin1String("MMMM"))
            t.text = QStringLiteral("MMM");
        tokens.append(t);
    }
    return tokens;
}

} // namespace

QString longDatePattern(const QLocale& locale)
{
    return join(longTokens(locale));
}

QString datePattern(const QLocale& locale)
{
    return join(mediumTokens(locale));
}

QString dayMonthPattern(const QLocale& locale)
{
    QList<Token> tokens = mediumTokens(locale);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!isYear(tokens[i]))
            continue;
        // The separator before the year goes with it ("MMM d, yyyy"); a leading year takes
        // the separator after it.
        qsizetype first = i;
        while (first > 0 && tokens[first - 1].kind != Token::Field)
            --first;
        qsizetype last = i + 1;
        if (first == 0)
            while (last < tokens.size() && tokens[last].kind != Token::Field)
                ++last;
        tokens.remove(first, last - first);
        break;
    }
    return join(tokens);
}

QString longDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, longDatePattern(locale)) : QString();
}

QString date(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, datePattern(locale)) : QString();
}

QString dayMonth(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dayMonthPattern(locale)) : QString();
}

QString dateTime(const QDateTime& stamp, const QLocale& locale)
{
    if (!stamp.isValid())
        return {};
    const QDateTime local = stamp.toLocalTime();
    // Hours and minutes: the C locale's short time format carries seconds.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    return QStringLiteral("%1, %2").arg(date(local.date(), locale),
                                        locale.toString(local.time(), time));
}

QString decimal(double value, int decimals, const QLocale& locale)
{
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace gradus::LocaleFormat
