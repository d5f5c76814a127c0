// Every input of every view and dialog has a name a screen reader can say: its own
// accessible name, a label whose buddy it is, or (buttons, check boxes) its text.
#include "UiSurfaces.h"
#include "Workspace.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTextEdit>

using namespace gradus;

namespace {

bool isInput(QWidget* w)
{
    if (qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w) || qobject_cast<QTabBar*>(w))
        return false;
    if (auto* text = qobject_cast<QTextEdit*>(w))
        return !text->isReadOnly();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        return !plain->isReadOnly();
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
           qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSlider*>(w) ||
           qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractButton*>(w);
}

// Parts of a compound input (the line edit in a spin box or an editable combo box, the list
// of a combo's popup, a line edit's clear button) are named by the compound.
bool isPartOfAnotherInput(QWidget* w, QWidget* root)
{
    for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) ||
            qobject_cast<QAbstractItemView*>(p) || qobject_cast<QLineEdit*>(p))
            return true;
    return false;
}

bool hasName(QWidget* w, const QList<QLabel*>& labels)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    for (QLabel* label : labels)
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return true;
    if (auto* button = qobject_cast<QAbstractButton*>(w))
        return !button->text().remove(u'&').trimmed().isEmpty();
    return false;
}

QString describe(QWidget* w)
{
    QString path;
    for (QWidget* p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName().isEmpty()
                                 ? QString::fromLatin1(p->metaObject()->className())
                                 : p->objectName();
        path = path.isEmpty() ? name : name + u'/' + path;
    }
    return path;
}

} // namespace

TEST(AccessibleNamesTest, EveryInputOfEveryViewAndDialogHasAName)
{
    QSettings().clear();
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    Workspace workspace(std::move(db), clock);

    int inputs = 0;
    QStringList unnamed;
    int surfaces = 0;
    test::forEachSurface(workspace, [&](const QString& name, QWidget* surface) {
        ++surfaces;
        const QList<QLabel*> labels = surface->findChildren<QLabel*>();
        for (QWidget* w : surface->findChildren<QWidget*>()) {
            if (!isInput(w) || !w->isVisibleTo(surface) || isPartOfAnotherInput(w, surface))
                continue;
            ++inputs;
            if (!hasName(w, labels))
                unnamed << name + QStringLiteral(": ") + describe(w);
        }
    });
    unnamed.removeDuplicates();
    EXPECT_GE(surfaces, 30);
    EXPECT_GE(inputs, 150);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.size() << " inputs without a name:\n"
                                   << unnamed.join(u'\n').toStdString();
}
