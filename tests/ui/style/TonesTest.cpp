#include "style/Tones.h"
#include "support/DarkPalette.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QStyle>

using namespace gradus;
using namespace gradus::tones;

TEST(TonesTest, ContrastFollowsWcag)
{
    EXPECT_NEAR(contrast(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrast(Qt::white, Qt::white), 1.0, 0.01);
    // The grey the patient header used on a dark window: the problem this fixes.
    EXPECT_LT(contrast(QColor(0x5f, 0x63, 0x68), QColor(0x2a, 0x2e, 0x32)), 2.5);
}

TEST(TonesTest, EveryToneIsReadableOnLightAndDarkPalettes)
{
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = test::darkPalette();
    for (const QPalette& palette : {light, dark})
        for (Tone tone : {Tone::Muted, Tone::Error, Tone::Warning, Tone::Success, Tone::Info})
            for (auto role : {QPalette::Window, QPalette::Base}) {
                EXPECT_GE(contrast(text(tone, palette, role), palette.color(role)), kMinContrast)
                    << int(tone) << " on " << palette.color(role).name().toStdString();
                const QColor fill = surface(tone, palette, role);
                EXPECT_GE(contrast(textOnSurface(tone, palette, role), fill), kMinContrast);
                EXPECT_GE(contrast(palette.color(QPalette::WindowText), fill), kMinContrast);
            }
    // An error reads as red in both palettes, lighter on the dark one.
    EXPECT_GT(text(Tone::Error, light).red(), text(Tone::Error, light).green() * 2);
    EXPECT_GT(text(Tone::Error, dark).lightness(), text(Tone::Error, light).lightness());
}

TEST(TonesTest, ALabelFollowsThePaletteItIsShownIn)
{
    QWidget parent;
    parent.setPalette(QApplication::style()->standardPalette());
    auto* label = new QLabel(QStringLiteral("Required"), &parent);
    setTextTone(label, Tone::Error);
    const QColor onLight = label->palette().color(QPalette::WindowText);
    EXPECT_GE(contrast(onLight, parent.palette().color(QPalette::Window)), kMinContrast);
    parent.setPalette(test::darkPalette());
    const QColor onDark = label->palette().color(QPalette::WindowText);
    EXPECT_NE(onDark, onLight);
    EXPECT_GE(contrast(onDark, parent.palette().color(QPalette::Window)), kMinContrast);
    clearTextTone(label);
    EXPECT_EQ(label->palette().color(QPalette::WindowText),
              parent.palette().color(QPalette::WindowText));
}
