#include "exchange/Csv.h"

namespace gradus::Csv {

QString field(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString record(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted.append(field(f));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QByteArray table(const QStringList& header, const QList<QStringList>& rows)
{
    QString text = record(header);
    for (const QStringList& row : rows)
        text += record(row);
    return text.toUtf8();
}

QList<QStringList> parse(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList current;
    QString value;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    value += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                value += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            current.append(value);
            value.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            current.append(value);
            records.append(current);
            current.clear();
            value.clear();
            fieldStarted = false;
        } else {
            value += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !current.isEmpty()) {
        current.append(value);
        records.append(current);
    }
    return records;
}

} // namespace gradus::Csv
