#pragma once

#include <QColor>
#include <QPalette>

namespace gradus::test {

// A dark palette as desktops ship them (Breeze Dark-like), every role set, for the contrast
// test and the dark screenshots.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0x31, 0x36, 0x3b));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, QColor(0xff, 0xff, 0xff));
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        p.setColor(group, QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        p.setColor(group, QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
        p.setColor(group, QPalette::Light, QColor(0x40, 0x46, 0x4c));
        p.setColor(group, QPalette::Midlight, QColor(0x35, 0x3a, 0x3f));
        p.setColor(group, QPalette::Mid, QColor(0x20, 0x23, 0x26));
        p.setColor(group, QPalette::Dark, QColor(0x14, 0x16, 0x18));
        p.setColor(group, QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x31, 0x36, 0x3b));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x74, 0x7a));
    return p;
}

} // namespace gradus::test
