#include "patients/SearchFolding.h"

namespace gradus::SearchFolding {
namespace {

// Letters that Unicode does not decompose into a base letter plus a mark.
const char* spelledOut(char16_t c)
{
    switch (c) {
    case u'ß':
    case u'ẞ':
        return "ss";
    case u'æ':
    case u'Æ':
        return "ae";
    case u'œ':
    case u'Œ':
        return "oe";
    case u'ø':
    case u'Ø':
        return "o";
    case u'ł':
    case u'Ł':
        return "l";
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return "d";
    case u'þ':
    case u'Þ':
        return "th";
    case u'ı':
        return "i";
    case u'ħ':
    case u'Ħ':
        return "h";
    case u'ŧ':
    case u'Ŧ':
        return "t";
    default:
        return nullptr;
    }
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC' || c == u'`';
}

void appendFolded(QString& out, QChar c, int depth)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (isApostrophe(u))
            return;
        if (u == u'\t' || u == u'\n' || u == u'\r')
            out += u' ';
        else
            out += (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
        return;
    }
    if (isApostrophe(u))
        return;
    if (const char* spelled = spelledOut(u)) {
        out += QLatin1String(spelled);
        return;
    }
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return;
    default:
        break;
    }
    if (depth < 4) {
        // Canonical and compatibility decompositions alike: "é" -> "e" + mark,
        // "ﬁ" -> "fi", "İ" -> "I" + mark. Marks are then dropped by the case above.
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty()) {
            for (QChar part : decomposed)
                appendFolded(out, part, depth + 1);
            return;
        }
    }
    if (c.isSpace()) {
        out += u' ';
        return;
    }
    out += c.toCaseFolded();
}

} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        appendFolded(out, c, 0);
    return out;
}

QString transliterationVariant(QStringView text)
{
    // Compose first so that "u" + combining diaeresis is treated like "ü".
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    QString spelled;
    spelled.reserve(composed.size() + 4);
    bool changed = false;
    for (QChar c : composed) {
        const char* replacement = nullptr;
        switch (c.unicode()) {
        case u'ä':
        case u'Ä':
            replacement = "ae";
            break;
        case u'ö':
        case u'Ö':
        case u'ø':
        case u'Ø':
            replacement = "oe";
            break;
        case u'ü':
        case u'Ü':
            replacement = "ue";
            break;
        case u'å':
        case u'Å':
            replacement = "aa";
            break;
        default:
            break;
        }
        if (replacement) {
            spelled += QLatin1String(replacement);
            changed = true;
        } else {
            spelled += c;
        }
    }
    if (!changed)
        return {};
    return fold(spelled);
}

QStringList tokens(const QString& foldedQuery)
{
    return foldedQuery.split(u' ', Qt::SkipEmptyParts);
}

} // namespace gradus::SearchFolding
