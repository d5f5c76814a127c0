#pragma once

#include <QString>

class QWidget;

namespace gradus {

// Message boxes whose text is shown as typed. QMessageBox's static functions let Qt guess the
// text format (Qt::AutoText), so an error quoting an exercise or patient name such as
// "<b>x</b>" would turn bold and an <img> would load; these always show plain text.
namespace PlainMessageBox {

void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);

} // namespace PlainMessageBox
} // namespace gradus
