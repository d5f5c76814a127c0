#include "PacingScheduleModel.h"

#include "ColumnTitles.h"

#include "i18n/LocaleFormat.h"
#include "style/Tones.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace gradus {

// "7–13 Sep 2026", "28 Sep – 4 Oct 2026", "28 Dec 2026 – 3 Jan 2027": no more than needed.
QString PacingScheduleModel::dateRange(const QDate& start, const QDate& end)
{
    const QString last = LocaleFormat::date(end);
    if (start.year() != end.year())
        return tr("%1 – %2").arg(LocaleFormat::date(start), last);
    // "7–13 Sep 2026" only where the day comes first; "Sep 7 – Sep 13, 2026" elsewhere.
    if (start.month() != end.month() || !LocaleFormat::datePattern().startsWith(u'd'))
        return tr("%1 – %2").arg(LocaleFormat::dayMonth(start), last);
    return tr("%1–%2").arg(start.day()).arg(last);
}

PacingScheduleModel::PacingScheduleModel(QObject* parent) : QAbstractTableModel(parent) {}

void PacingScheduleModel::setPlan(const GradedActivityPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void PacingScheduleModel::clear()
{
    beginResetModel();
    m_plan.reset();
    m_actuals.clear();
    endResetModel();
}

void PacingScheduleModel::setActuals(const QList<WeekActual>& actuals)
{
    m_actuals = actuals;
    if (rowCount() > 0)
        emit dataChanged(index(0, Done), index(rowCount() - 1, Done));
}

std::optional<double> PacingScheduleModel::actual(int week) const
{
    for (const WeekActual& a : m_actuals)
        if (a.week == week)
            return a.amount;
    return std::nullopt;
}

int PacingScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : m_plan->weekCount();
}

int PacingScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PacingScheduleModel::amount(double value) const
{
    return pacingUnit::formatExact(m_plan->unit(), value);
}

QVariant PacingScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_plan)
        return {};
    const PlanWeek& w = m_plan->weeks().at(index.row());
    const std::optional<double> done = actual(w.week);

    if (role == SortRole) {
        switch (index.column()) {
        case Week:
            return w.week;
        case Dates:
            return w.start;
        case DailyQuota:
            return w.quota;
        case PerBout:
            return w.bouts.isEmpty() ? 0 : w.bouts.constFirst();
        case Done:
            return done ? QVariant(*done) : QVariant();
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Week:
            return w.week;
        case Dates:
            if (!w.start.isValid())
                return QStringLiteral("—");
            return dateRange(w.start, w.end);
        case DailyQuota:
            return pacingUnit::format(m_plan->unit(), w.quota);
        case PerBout: {
            // "3 × 4 min" when even, "4 + 4 + 3 min" when not: what the patient will do.
            const QString unit = pacingUnit::symbol(m_plan->unit());
            if (w.bouts.constFirst() == w.bouts.constLast())
                return tr("%1 × %2 %3").arg(w.bouts.size()).arg(w.bouts.constFirst()).arg(unit);
            QStringList parts;
            for (int b : w.bouts)
                parts << QString::number(b);
            return tr("%1 %2").arg(parts.join(QStringLiteral(" + ")), unit);
        }
        case Done:
            return done ? amount(*done) : QStringLiteral("—");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Week)
            return int(Qt::AlignCenter);
        if (index.column() == Dates)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && w.atGoal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Done && done) {
        // Amber when less than the quota was done: worth a word at the review.
        return QBrush(
            tones::text(*done + 1e-9 < w.quota ? tones::Tone::Warning : tones::Tone::Success));
    }
    if (role == Qt::ToolTipRole) {
        QString tip =
            tr("Week %1: %2 a day").arg(w.week).arg(pacingUnit::format(m_plan->unit(), w.quota));
        if (w.increase > 0)
            tip += tr(" (+%1)").arg(pacingUnit::format(m_plan->unit(), w.increase));
        if (w.atGoal)
            tip += tr("; the goal");
        if (done)
            tip += tr("; done: %1").arg(amount(*done));
        return tip;
    }
    return {};
}

QVariant PacingScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Week"), tr("Dates"), tr("Daily quota"), tr("Bouts"), tr("Done")},
                       section, orientation, role);
}

} // namespace gradus
