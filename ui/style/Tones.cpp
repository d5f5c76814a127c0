#include "style/Tones.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace gradus::tones {
namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor blend(const QColor& from, const QColor& to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// The hue of each tone for light and for dark backgrounds (Material 800 and 200 shades).
QColor hue(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    case Tone::Muted:
        break;
    }
    return {};
}

// Moves `colour` away from `background` until the pair reaches the minimum contrast (with a
// small margin for rounding to 8-bit channels).
QColor readable(QColor colour, const QColor& background)
{
    const QColor extreme = isDark(background) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 20 && contrast(colour, background) < kMinContrast + 0.1; ++step)
        colour = blend(colour, extreme, 0.1);
    return colour;
}

// Re-applies a tone when the widget's palette changes (a dark desktop theme chosen while the
// app runs); the widget's own palette is only set when it differs, so this cannot loop.
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ParentChange || event->type() == QEvent::PaletteChange)
            if (auto* widget = qobject_cast<QWidget*>(watched))
                apply(widget);
        return false;
    }
    static void apply(QWidget* widget);
};

constexpr const char* kTextTone = "gradusTextTone";
constexpr const char* kSurfaceTone = "gradusSurfaceTone";
constexpr const char* kInvalid = "gradusInvalid";

// The palette the widget would have without our colours: its parent's, or the application's.
QPalette inherited(QWidget* widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

void ToneKeeper::apply(QWidget* widget)
{
    const QPalette base = inherited(widget);
    QPalette palette = widget->palette();
    bool changed = false;
    auto set = [&](QPalette::ColorRole role, const QColor& colour) {
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            if (palette.color(group, role) != colour) {
                palette.setColor(group, role, colour);
                changed = true;
            }
        }
    };
    const QVariant textTone = widget->property(kTextTone);
    if (textTone.isValid()) {
        const auto tone = static_cast<Tone>(textTone.toInt());
        set(QPalette::WindowText, text(tone, base, QPalette::Window));
        set(QPalette::Text, text(tone, base, QPalette::Base));
    }
    const QVariant surfaceTone = widget->property(kSurfaceTone);
    if (surfaceTone.isValid()) {
        const auto tone = static_cast<Tone>(surfaceTone.toInt());
        const QColor fill = surface(tone, base);
        const QColor ink = textOnSurface(tone, base);
        set(QPalette::Window, fill);
        set(QPalette::Button, fill);
        set(QPalette::WindowText, ink);
        set(QPalette::ButtonText, ink);
        set(QPalette::Text, ink);
    }
    if (widget->property(kInvalid).toBool()) {
        const QColor fill = surface(Tone::Error, base, QPalette::Base);
        set(QPalette::Base, fill);
        set(QPalette::Text, readable(base.color(QPalette::Text), fill));
    }
    if (changed)
        widget->setPalette(palette);
}

void keep(QWidget* widget)
{
    static QPointer<ToneKeeper> keeper;
    if (!keeper)
        keeper = new ToneKeeper(qApp);
    widget->removeEventFilter(keeper);
    widget->installEventFilter(keeper);
    ToneKeeper::apply(widget);
}

// Drops our colours and applies the tones still set (the widget inherits the rest again).
void refresh(QWidget* widget)
{
    widget->setPalette(QPalette());
    ToneKeeper::apply(widget);
}

} // namespace

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QColor& background)
{
    return luminance(background) < 0.18;
}

QColor text(Tone tone, const QColor& background, const QColor& normalText)
{
    if (tone == Tone::Muted) {
        // As far towards the background as the contrast allows, at most halfway.
        QColor muted = normalText;
        for (double t = 0.5; t > 0.0; t -= 0.05) {
            muted = blend(normalText, background, t);
            if (contrast(muted, background) >= kMinContrast + 0.1)
                return muted;
        }
        return readable(normalText, background);
    }
    return readable(hue(tone, isDark(background)), background);
}

QColor text(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    const QPalette::ColorRole foreground =
        background == QPalette::Base ? QPalette::Text : QPalette::WindowText;
    return text(tone, palette.color(background), palette.color(foreground));
}

QColor text(Tone tone, QPalette::ColorRole background)
{
    return text(tone, QApplication::palette(), background);
}

QColor surface(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(background);
    if (tone == Tone::Muted)
        return blend(bg, palette.color(QPalette::WindowText), 0.1);
    // A light tint of the tone's hue on light backgrounds, a dark one on dark backgrounds.
    const bool dark = isDark(bg);
    return blend(bg, hue(tone, !dark), dark ? 0.35 : 0.12);
}

QColor textOnSurface(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    const QColor fill = surface(tone, palette, background);
    if (tone == Tone::Muted)
        return readable(palette.color(QPalette::WindowText), fill);
    return readable(hue(tone, isDark(fill)), fill);
}

QString css(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

QString css(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    return css(text(tone, palette, background));
}

void setTextTone(QWidget* widget, Tone tone, bool bold)
{
    widget->setProperty(kTextTone, static_cast<int>(tone));
    if (bold) {
        QFont font = widget->font();
        font.setBold(true);
        widget->setFont(font);
    }
    keep(widget);
}

void clearTextTone(QWidget* widget)
{
    if (!widget->property(kTextTone).isValid())
        return;
    widget->setProperty(kTextTone, QVariant());
    refresh(widget);
    QFont font = widget->font();
    font.setBold(false);
    widget->setFont(font);
}

void setSurfaceTone(QWidget* widget, Tone tone)
{
    widget->setProperty(kSurfaceTone, static_cast<int>(tone));
    widget->setAutoFillBackground(true);
    keep(widget);
}

void setInvalid(QWidget* field, bool invalid)
{
    if (field->property(kInvalid).toBool() == invalid)
        return;
    field->setProperty(kInvalid, invalid);
    if (invalid)
        keep(field);
    else
        refresh(field);
}

} // namespace gradus::tones
