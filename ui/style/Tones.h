#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace gradus {

// Colours that carry meaning (an error, a warning, a quiet hint) derived from the palette in
// use instead of fixed values, so that text stays readable in a dark palette and in high
// contrast: every text colour returned here keeps at least kMinContrast (WCAG 2 AA, 4.5:1)
// against the background it is meant for.
namespace tones {

enum class Tone
{
    Muted,   // secondary text: hints, counts, empty states
    Error,   // a problem the user must fix; stop
    Warning, // caution, attention
    Success, // done, improved, safe
    Info,    // neutral emphasis (chips, links to more)
};

inline constexpr double kMinContrast = 4.5;

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b);
// Relative luminance (0 black to 1 white).
double luminance(const QColor& c);
bool isDark(const QColor& background);

// Text of `tone` on `background`, given the palette's normal text colour `text`.
QColor text(Tone tone, const QColor& background, const QColor& text);
// Text of `tone` on the palette's `background` role (Window for labels, Base for views).
QColor text(Tone tone, const QPalette& palette, QPalette::ColorRole background = QPalette::Window);
// The same on the application's palette: for item models, which have no widget.
QColor text(Tone tone, QPalette::ColorRole background = QPalette::Base);
// A quiet surface tinted with `tone` (banners, badges, rows), for `palette`'s `background`.
QColor surface(Tone tone, const QPalette& palette,
               QPalette::ColorRole background = QPalette::Window);
// Text readable on a surface() of the same tone.
QColor textOnSurface(Tone tone, const QPalette& palette,
                     QPalette::ColorRole background = QPalette::Window);

// "#rrggbb" for rich text built at the time it is shown.
QString css(const QColor& colour);
QString css(Tone tone, const QPalette& palette, QPalette::ColorRole background = QPalette::Window);

// A label (or any widget drawing WindowText/Text) in `tone`, kept right when the palette
// changes; `bold` for messages that must stand out.
void setTextTone(QWidget* widget, Tone tone, bool bold = false);
// Back to the palette's own text colours.
void clearTextTone(QWidget* widget);
// A widget that fills its background with a tinted surface and readable text, kept right when
// the palette changes (banners, badges, alert buttons).
void setSurfaceTone(QWidget* widget, Tone tone);
// Marks a field as holding an invalid value (a tinted base), or clears the mark.
void setInvalid(QWidget* field, bool invalid);

} // namespace tones
} // namespace gradus
