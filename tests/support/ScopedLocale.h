#pragma once

#include <QLocale>

namespace gradus::test {

// Sets the default locale for one test and restores it afterwards, so that expected texts
// with month names and decimals ("7–13 Sep 2026", "0.8 minutes") do not depend on the
// developer's LANG.
class ScopedLocale
{
public:
    explicit ScopedLocale(const QLocale& locale = QLocale::c()) : m_previous(QLocale())
    {
        QLocale::setDefault(locale);
    }
    ~ScopedLocale() { QLocale::setDefault(m_previous); }
    ScopedLocale(const ScopedLocale&) = delete;
    ScopedLocale& operator=(const ScopedLocale&) = delete;

private:
    QLocale m_previous;
};

} // namespace gradus::test
