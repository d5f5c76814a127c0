#include "TerminalText.h"

namespace gradus::cli {
namespace {

void appendEscape(QByteArray& out, unsigned codePoint)
{
    out += "\\u" + QByteArray::number(codePoint, 16).toUpper().rightJustified(4, '0');
}

// How many bytes at `at` form a sequence to escape (0: copy the byte as it is), or -1 when the
// data ends in the middle of one.
int escapeLength(const QByteArray& data, qsizetype at, unsigned* codePoint)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(data[i]); };
    const unsigned char b = byte(at);
    if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
        *codePoint = b;
        return 1;
    }
    if (b == 0xC2) { // U+0080..U+00BF: the C1 controls are U+0080..U+009F
        if (at + 1 >= data.size())
            return -1;
        const unsigned char c = byte(at + 1);
        if (c >= 0x80 && c <= 0x9F) {
            *codePoint = c;
            return 2;
        }
        return 0;
    }
    if (b == 0xE2) { // U+202A..U+202E and U+2066..U+2069 reorder what the terminal shows
        if (at + 2 >= data.size())
            return at + 1 < data.size() && byte(at + 1) != 0x80 && byte(at + 1) != 0x81 ? 0 : -1;
        const unsigned char c = byte(at + 1);
        const unsigned char d = byte(at + 2);
        if ((c == 0x80 && d >= 0xAA && d <= 0xAE) || (c == 0x81 && d >= 0xA6 && d <= 0xA9)) {
            *codePoint = 0x2000u | ((c & 0x0Fu) << 6) | (d & 0x3Fu);
            return 3;
        }
        return 0;
    }
    return 0;
}

QByteArray filter(const QByteArray& data, QByteArray* rest)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size();) {
        unsigned codePoint = 0;
        const int length = escapeLength(data, i, &codePoint);
        if (length < 0) {
            if (rest) {
                *rest = data.mid(i);
                return out;
            }
            out += data.mid(i);
            break;
        }
        if (length == 0) {
            out += data[i];
            ++i;
            continue;
        }
        appendEscape(out, codePoint);
        i += length;
    }
    if (rest)
        rest->clear();
    return out;
}

} // namespace

TerminalText::TerminalText(std::FILE* stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalText::~TerminalText()
{
    if (!m_pending.isEmpty())
        std::fwrite(m_pending.constData(), 1, static_cast<size_t>(m_pending.size()), m_stream);
    std::fflush(m_stream);
}

QByteArray TerminalText::escape(const QByteArray& utf8)
{
    return filter(utf8, nullptr);
}

qint64 TerminalText::writeData(const char* data, qint64 size)
{
    const QByteArray chunk = m_pending + QByteArray(data, size);
    const QByteArray out = filter(chunk, &m_pending);
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()),
                                      m_stream) != static_cast<size_t>(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace gradus::cli
