#pragma once

#include <Qt>

class QBoxLayout;
class QDialog;
class QLabel;
class QPushButton;
class QString;
class QWidget;

namespace gradus::dialogParts {

enum class Wrap
{
    Yes,
    No,
};

// A label for text that may hold the user's words, a file name or a driver message: plain text
// (never markup), wrapped unless `wrap` says No, named `objectName` for tests. The caller places
// it.
QLabel* plainLabel(const QString& objectName, Wrap wrap = Wrap::Yes, QWidget* parent = nullptr);

// A dialog's problem line, added to `layout`: plain text (a driver message is never markup),
// bold in the error tone, hidden until there is a problem to show. Named "problem" for tests.
QLabel* addProblemLine(QBoxLayout* layout, QWidget* parent);

// A dialog's opening paragraph, added to `layout`: wrapped, named "intro" for tests. Plain text
// unless `format` says otherwise (then any user text in it must be escaped).
QLabel* addIntro(QBoxLayout* layout, const QString& text, QWidget* parent,
                 Qt::TextFormat format = Qt::PlainText);

// The large warning sign at the top left of a dialog that asks the user to stop and read,
// added to `row`.
QLabel* addWarningSign(QBoxLayout* row, QWidget* parent);

// A dialog's status line, added to `layout`: plain text (it names files and quotes errors),
// wrapped and selectable, so a path or a message can be copied. Named `objectName` for tests.
QLabel* addStatusLine(QBoxLayout* layout, const QString& objectName, QWidget* parent);

// The Close button and the dialog's one action ("&Export"), added to `layout`. Close rejects
// `dialog`; the action, named `objectName` for tests, is the caller's to connect and enable.
QPushButton* addCloseAndAction(QBoxLayout* layout, QDialog* dialog, const QString& action,
                               const QString& objectName);

} // namespace gradus::dialogParts
