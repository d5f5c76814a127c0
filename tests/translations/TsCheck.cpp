#include "translations/TsCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace gradus::test {

QStringList tsProblems(const QString& path)
{
    const QString file = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot be read").arg(file)};
    QStringList problems;
    QXmlStreamReader xml(&in);
    QString context;
    QString source;
    bool inMessage = false;
    bool numerus = false;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            inMessage = true;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++messages;
            source.clear();
        } else if (name == QLatin1String("source") && inMessage) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation") && inMessage) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            QString what;
            if (type == QLatin1String("unfinished"))
                what = QStringLiteral("unfinished");
            else if (type == QLatin1String("vanished"))
                what = QStringLiteral("vanished (no longer in the code)");
            else if (type == QLatin1String("obsolete"))
                what = QStringLiteral("obsolete (no longer in the code)");
            else if (forms.isEmpty() || forms.contains(QString()))
                what = QStringLiteral("empty translation");
            if (!what.isEmpty())
                problems << QStringLiteral("%1: %2: \"%3\": %4")
                                .arg(file, context, source.left(60), what);
            inMessage = false;
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1: not a valid .ts file: %2 (line %3)")
                        .arg(file, xml.errorString())
                        .arg(xml.lineNumber());
    else if (messages == 0)
        problems << QStringLiteral("%1: holds no message").arg(file);
    return problems;
}

} // namespace gradus::test
