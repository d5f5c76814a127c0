// With a dark palette, every text the app shows keeps at least 4.5:1 contrast against what it
// is drawn on: labels (and the colours inside their rich text), buttons, fields, documents,
// item views (the colours their models give), tab titles and chart labels. The colours are
// read from the widgets and models as they are shown.
#include "Workspace.h"
#include "style/Tones.h"
#include "support/DarkPalette.h"
#include "support/TestStore.h"
#include "ui/UiSurfaces.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QValueAxis>

using namespace gradus;
using tones::contrast;

namespace {

struct Problem
{
    QString where;
    QString text;
    QColor fg;
    QColor bg;
};

// What a widget is drawn on: its own background when it fills it, else its parent's.
QColor backgroundOf(QWidget* w)
{
    for (QWidget* p = w; p; p = p->parentWidget()) {
        if (p->autoFillBackground() || p->isWindow())
            return p->palette().color(p->backgroundRole());
        if (auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget()))
            if (area->viewport() == p)
                return p->palette().color(p->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

QString path(QWidget* w)
{
    QStringList parts;
    for (QWidget* p = w; p; p = p->parentWidget())
        parts.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return parts.join(u'/');
}

class Checker
{
public:
    QList<Problem> problems;
    int checked = 0;

    void check(const QString& where, const QString& text, const QColor& fg, const QColor& bg)
    {
        if (!fg.isValid() || !bg.isValid() || fg.alpha() == 0)
            return;
        ++checked;
        if (contrast(fg, bg) < tones::kMinContrast)
            problems.append({where, text.left(40), fg, bg});
    }

    // Colours named inside rich text: each against its own span background when it has one.
    void checkRichText(const QString& where, const QString& html, const QColor& bg)
    {
        static const QRegularExpression style(QStringLiteral("style\\s*=\\s*[\"']([^\"']*)[\"']"));
        static const QRegularExpression color(
            QStringLiteral("(?:^|;)\\s*color\\s*:\\s*(#[0-9a-fA-F]{3,6}|[a-z]+)"));
        static const QRegularExpression background(
            QStringLiteral("background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{3,6}|[a-z]+)"));
        auto it = style.globalMatch(html);
        while (it.hasNext()) {
            const QString css = it.next().captured(1);
            const auto c = color.match(css);
            if (!c.hasMatch())
                continue;
            const auto b = background.match(css);
            check(where + QStringLiteral(" (rich text)"), css, QColor(c.captured(1)),
                  b.hasMatch() ? QColor(b.captured(1)) : bg);
        }
    }

    void checkDocument(const QString& where, QTextDocument* doc, const QColor& base)
    {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QColor blockBg = block.blockFormat().background().style() != Qt::NoBrush
                                       ? block.blockFormat().background().color()
                                       : base;
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                    continue;
                const QTextCharFormat format = fragment.charFormat();
                const QColor bg = format.background().style() != Qt::NoBrush
                                      ? format.background().color()
                                      : blockBg;
                if (format.foreground().style() != Qt::NoBrush)
                    check(where + QStringLiteral(" (document)"), fragment.text(),
                          format.foreground().color(), bg);
            }
        }
    }

    void checkView(const QString& where, QAbstractItemView* view)
    {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        const QColor base = view->palette().color(QPalette::Base);
        const QColor text = view->palette().color(QPalette::Text);
        const int rows = std::min(model->rowCount(), 60);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                const QVariant fg = index.data(Qt::ForegroundRole);
                const QVariant bg = index.data(Qt::BackgroundRole);
                if (!fg.isValid() && !bg.isValid())
                    continue;
                const QColor f = fg.isValid() ? fg.value<QBrush>().color() : text;
                const QColor b = bg.isValid() ? bg.value<QBrush>().color() : base;
                check(where + QStringLiteral(" (model row %1)").arg(r), index.data().toString(), f,
                      b);
            }
    }

    void checkChart(const QString& where, QChartView* view)
    {
        QChart* chart = view->chart();
        const QColor bg = chart->backgroundBrush().color();
        check(where + QStringLiteral(" (chart title)"), chart->title(), chart->titleBrush().color(),
              bg);
        for (QAbstractAxis* axis : chart->axes()) {
            check(where + QStringLiteral(" (axis labels)"), axis->titleText(),
                  axis->labelsBrush().color(), bg);
            check(where + QStringLiteral(" (axis title)"), axis->titleText(),
                  axis->titleBrush().color(), bg);
        }
        if (chart->legend() && chart->legend()->isVisible())
            check(where + QStringLiteral(" (legend)"), QString(), chart->legend()->labelColor(),
                  bg);
    }

    void checkSurface(const QString& name, QWidget* surface)
    {
        for (QWidget* w : surface->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(surface) || !w->isEnabled())
                continue;
            const QString where = name + QStringLiteral(": ") + path(w);
            const QPalette pal = w->palette();
            if (auto* label = qobject_cast<QLabel*>(w)) {
                if (label->text().trimmed().isEmpty())
                    continue;
                const QColor bg = backgroundOf(label);
                check(where, label->text(), pal.color(label->foregroundRole()), bg);
                if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(label->text()))
                    checkRichText(where, label->text(), bg);
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                if (button->text().isEmpty())
                    continue;
                const bool filled = qobject_cast<QPushButton*>(w) != nullptr;
                check(where, button->text(),
                      pal.color(filled ? QPalette::ButtonText : QPalette::WindowText),
                      filled ? pal.color(QPalette::Button) : backgroundOf(w));
            } else if (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w)) {
                check(where, QString(), pal.color(QPalette::Text), pal.color(QPalette::Base));
            } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                check(where, combo->currentText(), pal.color(QPalette::ButtonText),
                      pal.color(QPalette::Button));
            } else if (auto* edit = qobject_cast<QTextEdit*>(w)) {
                check(where, QString(), pal.color(QPalette::Text), pal.color(QPalette::Base));
                checkDocument(where, edit->document(), pal.color(QPalette::Base));
            } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
                check(where, QString(), pal.color(QPalette::Text), pal.color(QPalette::Base));
                checkDocument(where, plain->document(), pal.color(QPalette::Base));
            } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->tabTextColor(i).isValid())
                        check(where, tabs->tabText(i), tabs->tabTextColor(i),
                              pal.color(QPalette::Window));
            } else if (auto* chart = qobject_cast<QChartView*>(w)) {
                checkChart(where, chart);
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(w);
                view && !qobject_cast<QHeaderView*>(w))
                checkView(where, view);
        }
    }
};

} // namespace

TEST(DarkPaletteContrastTest, EveryTextKeepsFourAndAHalfToOne)
{
    QSettings().clear();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(test::darkPalette());
    test::TestStore store;
    auto db = store.open();
    ASSERT_TRUE(db);
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    Workspace workspace(std::move(db), clock);

    Checker checker;
    QStringList styleSheets;
    test::forEachSurface(workspace, [&](const QString& name, QWidget* surface) {
        checker.checkSurface(name, surface);
        for (QWidget* w : surface->findChildren<QWidget*>())
            if (!w->styleSheet().isEmpty())
                styleSheets << name + QStringLiteral(": ") + path(w);
    });
    QApplication::setPalette(before);

    QStringList report;
    for (const Problem& p : checker.problems)
        report << QStringLiteral("%1 \"%2\": %3 on %4 = %5:1")
                      .arg(p.where, p.text, p.fg.name(), p.bg.name())
                      .arg(contrast(p.fg, p.bg), 0, 'f', 2);
    report.removeDuplicates();
    EXPECT_GT(checker.checked, 500);
    EXPECT_TRUE(report.isEmpty()) << report.size() << " texts below 4.5:1:\n"
                                  << report.join(u'\n').toStdString();
    // Colours come from the palette, not from style sheets that would ignore it.
    styleSheets.removeDuplicates();
    EXPECT_TRUE(styleSheets.isEmpty()) << styleSheets.join(u'\n').toStdString();
}
