#pragma once

#include <QColor>

namespace gradus::illustration {

// The one style every illustration shares: line widths in metres of the figure's world (so
// they scale with the picture) and a small palette that prints well in colour and in grey.
namespace FigureStyle {

inline constexpr double kTrunkWidth = 0.13;
inline constexpr double kThighWidth = 0.082;
inline constexpr double kLimbWidth = 0.068;
inline constexpr double kArmWidth = 0.058;
inline constexpr double kFootWidth = 0.05;
inline constexpr double kNeckWidth = 0.055;
inline constexpr double kPropLine = 0.022;
inline constexpr double kArrowWidth = 0.024;
inline constexpr double kArrowHead = 0.075;

inline QColor figure()
{
    return QColor(0x2c, 0x3e, 0x50);
} // the body, near side
inline QColor figureFar()
{
    return QColor(0x7f, 0x8c, 0x99);
} // limbs on the far side
inline QColor ghost()
{
    return QColor(0xc3, 0xcd, 0xd7);
} // the start pose
inline QColor ghostFar()
{
    return QColor(0xd9, 0xe0, 0xe7);
}
inline QColor arrow()
{
    return QColor(0xe6, 0x7e, 0x22);
} // movement
inline QColor propLine()
{
    return QColor(0x5d, 0x6d, 0x7e);
}
inline QColor propFill()
{
    return QColor(0xe5, 0xe9, 0xed);
}
inline QColor floorLine()
{
    return QColor(0x95, 0xa5, 0xa6);
}
inline QColor mat()
{
    return QColor(0x8f, 0xbc, 0xa3);
}
inline QColor ball()
{
    return QColor(0x9b, 0xc4, 0xe2);
}
inline QColor band()
{
    return QColor(0xc0, 0x39, 0x2b);
}
inline QColor towel()
{
    return QColor(0xd4, 0xa0, 0x5a);
}
inline QColor metal()
{
    return QColor(0x4d, 0x55, 0x5e);
}
inline QColor water()
{
    return QColor(0x5d, 0xad, 0xe2);
}
inline QColor waterLine()
{
    return QColor(0x21, 0x7d, 0xbb);
}

} // namespace FigureStyle
} // namespace gradus::illustration
