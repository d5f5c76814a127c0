// The builder's safety findings model: empty until filled, most severe first, names and
// columns, checked by QAbstractItemModelTester through refills.
#include "programmes/SafetyFindingsModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace gradus;

namespace {

PanelFinding finding(int index, qint64 exerciseId, PanelFinding::Severity severity,
                     const QString& reason, const QString& source)
{
    PanelFinding f;
    f.prescriptionIndex = index;
    f.exerciseId = exerciseId;
    f.severity = severity;
    f.reason = reason;
    f.source = source;
    return f;
}

} // namespace

TEST(SafetyFindingsModelTest, EmptyUntilFilledThenMostSevereFirst)
{
    SafetyFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), SafetyFindingsModel::ColumnCount);
    EXPECT_EQ(model.headerData(SafetyFindingsModel::ReasonColumn, Qt::Horizontal).toString(),
              QStringLiteral("Reason"));

    model.setExerciseNames(
        {{7, QStringLiteral("Sit-up with feet held")}, {3, QStringLiteral("Walking")}});
    model.setFindings({
        finding(0, 3, PanelFinding::Severity::Prefer, QStringLiteral("Walking helps"),
                QStringLiteral("Hancock 2007")),
        finding(2, 7, PanelFinding::Severity::Avoid,
                QStringLiteral("Loaded flexion in acute sciatica"),
                QStringLiteral("CLINICAL.md §4")),
        finding(-1, 0, PanelFinding::Severity::Caution, QStringLiteral("No review date"),
                QStringLiteral("Clinic")),
    });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, SafetyFindingsModel::SeverityColumn).data().toString(),
              QStringLiteral("Avoid"));
    EXPECT_EQ(model.index(0, SafetyFindingsModel::ExerciseColumn).data().toString(),
              QStringLiteral("Sit-up with feet held"));
    EXPECT_EQ(model.index(0, SafetyFindingsModel::SourceColumn).data().toString(),
              QStringLiteral("CLINICAL.md §4"));
    EXPECT_EQ(model.index(1, SafetyFindingsModel::ExerciseColumn).data().toString(),
              QStringLiteral("Whole programme"));
    // Named as everywhere else a finding is shown (the import check, the tooltips).
    EXPECT_EQ(model.index(2, SafetyFindingsModel::SeverityColumn).data().toString(),
              QStringLiteral("Suits this patient"));
    EXPECT_EQ(model.index(2, SafetyFindingsModel::SeverityColumn)
                  .data(SafetyFindingsModel::SortRole)
                  .toInt(),
              int(PanelFinding::Severity::Prefer));
    EXPECT_TRUE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model.index(0, 0).data(Qt::DecorationRole).isValid());
    EXPECT_NE(model.index(0, 1).data(Qt::BackgroundRole),
              model.index(2, 1).data(Qt::BackgroundRole)); // avoid and prefer tinted apart

    // A kept "avoid" keeps its row, marked as kept.
    auto kept = finding(2, 7, PanelFinding::Severity::Avoid, QStringLiteral("Loaded flexion"),
                        QStringLiteral("CLINICAL.md §4"));
    kept.override = SafetyOverride{};
    kept.override->reason = QStringLiteral("Supervised");
    model.setFindings({kept});
    EXPECT_EQ(model.index(0, SafetyFindingsModel::SeverityColumn).data().toString(),
              QStringLiteral("Avoid (kept)"));

    model.setFindings({});
    EXPECT_EQ(model.rowCount(), 0);
}
