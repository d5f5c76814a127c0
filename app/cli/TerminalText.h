#pragma once

#include <QIODevice>

#include <cstdio>

namespace gradus::cli {

// Everything gradus-cli prints goes through this device: user text can hold terminal escape
// sequences (a name with "\e]0;" retitles the window, "\e[2J" clears the screen), so control
// characters other than newline and tab, DEL, the C1 controls and the bidirectional overrides
// are written as \uXXXX. JSON already escapes C0 characters, and \uXXXX is also JSON's own
// escape, so JSON output stays valid and means the same.
class TerminalText final : public QIODevice
{
public:
    explicit TerminalText(std::FILE* stream);
    ~TerminalText() override;

    // The filter alone, for tests: UTF-8 in, UTF-8 out.
    static QByteArray escape(const QByteArray& utf8);

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::FILE* m_stream;
    QByteArray m_pending; // the start of a multi-byte sequence split across writes
};

} // namespace gradus::cli
