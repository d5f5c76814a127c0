// Tool tips that carry the user's text show it as typed, although Qt reads a tool tip that
// looks like markup as rich text.
#include "PlainText.h"
#include "PlainMessageBox.h"
#include "visits/MeasureTableModel.h"
#include "visits/VisitTableModel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QTimer>

using namespace gradus;

namespace {

// What the user sees of a tool tip: Qt renders it as rich text when it looks like markup.
QString shown(const QString& toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

} // namespace

TEST(PlainTextTest, MarkupInAToolTipIsShownLiterally)
{
    for (const QString& text :
         {QStringLiteral("<b>x</b>"), QStringLiteral("<img src=\"file:///etc/passwd\">"),
          QStringLiteral("&amp; and &lt;"), QStringLiteral("<h1>one</h1>\ntwo"),
          QStringLiteral("plain words, 3 < 4"), QString()}) {
        EXPECT_EQ(shown(plainToolTip(text)), text) << text.toStdString();
    }
    EXPECT_EQ(plainToolTip(QStringLiteral("no markup")), QStringLiteral("no markup"));
}

TEST(PlainTextTest, VisitNotesAndReasonsInToolTipsAreLiteral)
{
    Visit visit;
    visit.id = 1;
    visit.record.notes = QStringLiteral("<b>sore</b> <img src=x> &amp;");
    visit.revision = 2;
    visit.recordedBy = QStringLiteral("<i>kim</i>");
    visit.reason = QStringLiteral("<u>typo</u>");
    visit.recordedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    VisitTableModel model;
    model.setRecords({visit});
    const QString notes =
        model.data(model.index(0, VisitTableModel::PainNow), Qt::ToolTipRole).toString();
    EXPECT_EQ(shown(notes), visit.record.notes);
    const QString amended =
        model.data(model.index(0, VisitTableModel::Record), Qt::ToolTipRole).toString();
    EXPECT_TRUE(shown(amended).contains(QStringLiteral("<i>kim</i>")))
        << shown(amended).toStdString();
    EXPECT_TRUE(shown(amended).contains(QStringLiteral("<u>typo</u>")));
}

TEST(PlainTextTest, AMeasuresAmendmentReasonInItsToolTipIsLiteral)
{
    Measure measure;
    measure.id = 1;
    measure.revision = 2;
    measure.recordedBy = QStringLiteral("<i>kim</i>");
    measure.reason = QStringLiteral("<u>typo</u> <img src=x>");
    measure.recordedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    MeasureTableModel model;
    model.setRecords({measure});
    const QString amended =
        model.data(model.index(0, MeasureTableModel::Record), Qt::ToolTipRole).toString();
    EXPECT_TRUE(shown(amended).contains(measure.recordedBy)) << shown(amended).toStdString();
    EXPECT_TRUE(shown(amended).contains(measure.reason));
    EXPECT_EQ(model.data(model.index(0, MeasureTableModel::Record)).toString(),
              QStringLiteral("Amended"));
}

TEST(PlainTextTest, AMessageBoxQuotingUserTextShowsItLiterally)
{
    // An error message that quotes an exercise or patient name, as the views show them.
    const QString message = QStringLiteral("Could not save exercise \"<b>x</b> <img src=q>\".");
    Qt::TextFormat format = Qt::RichText;
    QString label;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no message box";
        format = box->textFormat();
        for (auto* l : box->findChildren<QLabel*>())
            if (l->text() == message)
                label = l->text();
        box->accept();
    });
    PlainMessageBox::warning(nullptr, QStringLiteral("Not saved"), message);
    EXPECT_EQ(format, Qt::PlainText);
    EXPECT_EQ(label, message);
}
