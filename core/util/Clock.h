#pragma once

#include <QDate>
#include <QDateTime>

namespace gradus {

// The source of "now" for everything whose rules depend on dates (phases of care, review
// dates, "not in the future" checks). Pass a Clock& to whatever needs the date so that tests
// can use a ManualClock and say "three weeks later".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace gradus
