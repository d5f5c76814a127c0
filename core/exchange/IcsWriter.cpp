#include "exchange/IcsWriter.h"

namespace gradus {

QString IcsWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\' + QString(c);
        else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // the \n that follows becomes "\n"
        else if (c == u'\n' || c == u'\r')
            out += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            continue; // RFC 5545 allows no control characters in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray IcsWriter::fold(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype limit = 75; // the first line; continuation lines lose one octet to the space
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never inside a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QString IcsWriter::utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString IcsWriter::floating(const QDate& date, int hour, int minute)
{
    return date.toString(QStringLiteral("yyyyMMdd")) +
           QStringLiteral("T%1%2")
               .arg(hour, 2, 10, QLatin1Char('0'))
               .arg(minute, 2, 10, QLatin1Char('0')) +
           QStringLiteral("00");
}

QString IcsWriter::date(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace gradus
