#pragma once

#include <QString>
#include <QTextDocument>

namespace gradus {

// A tool tip that shows the user's text as typed. Qt renders a tool tip as rich text when it
// looks like markup (Qt::mightBeRichText), so "<b>x</b>" in a note would turn bold and an
// <img> would load; such text is escaped inside a paragraph that keeps its line breaks.
inline QString plainToolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace gradus
