#include "visits/VisitTableModel.h"

#include "ColumnTitles.h"
#include "PlainText.h"
#include "model/VisitValidator.h"
#include "style/Tones.h"
#include "visits/RevisionCells.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace gradus {
namespace {

QVariant optional(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString dash()
{
    return QStringLiteral("\u2013");
}

} // namespace

QVariant VisitTableModel::data(const QModelIndex& index, int role) const
{
    const Visit* record = recordAt(index);
    if (!record)
        return {};
    const Visit& v = *record;
    const VisitRecord& r = v.record;
    if (role == IdRole)
        return v.id;
    if (QVariant cell = revisionCells::data(v, role, index.column() == Record); cell.isValid())
        return cell;
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return QDateTime(r.date, r.time.value_or(QTime(0, 0)));
        case PainNow:
            return r.painNow;
        case PainRange:
            return optional(r.painWorst);
        case PainExercise:
            return optional(r.painExercise);
        case PainNextMorning:
            return optional(r.painNextMorning);
        case Activity:
            return optional(r.activityMinutes);
        case Adherence:
            return r.sessionsDone && *r.sessionsPlanned > 0
                       ? QVariant(double(*r.sessionsDone) / *r.sessionsPlanned)
                       : QVariant();
        case LegSymptoms:
            return int(r.legSymptoms);
        case NeuroSigns:
            return r.newNeuroSigns;
        case Clinician:
            return r.clinician;
        case Record:
            return v.revision;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return r.time ? QLocale().toString(r.date, QLocale::ShortFormat) + u' ' +
                                r.time->toString(QStringLiteral("HH:mm"))
                          : QLocale().toString(r.date, QLocale::ShortFormat);
        case PainNow:
            return r.painNow;
        case PainRange:
            if (!r.painBest && !r.painWorst)
                return dash();
            return QStringLiteral("%1\u2013%2")
                .arg(r.painBest ? QString::number(*r.painBest) : QStringLiteral("?"),
                     r.painWorst ? QString::number(*r.painWorst) : QStringLiteral("?"));
        case PainExercise:
            return r.painExercise ? QVariant(*r.painExercise) : QVariant(dash());
        case PainNextMorning:
            return r.painNextMorning ? QVariant(*r.painNextMorning) : QVariant(dash());
        case Activity:
            return r.activityMinutes ? QVariant(tr("%1 min").arg(*r.activityMinutes))
                                     : QVariant(dash());
        case Adherence:
            return r.sessionsDone
                       ? QVariant(
                             QStringLiteral("%1 / %2").arg(*r.sessionsDone).arg(*r.sessionsPlanned))
                       : QVariant(dash());
        case LegSymptoms:
            return r.legSymptoms == gradus::LegSymptoms::NotRecorded
                       ? dash()
                       : VisitValidator::legSymptomsLabel(r.legSymptoms);
        case NeuroSigns:
            return r.newNeuroSigns ? tr("Yes") : QString();
        case Clinician:
            return r.clinician;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Activity && r.activityMinutes) {
            QString tip = tr("%1 minutes a day of %2")
                              .arg(*r.activityMinutes)
                              .arg(r.activityLabel.isEmpty() ? tr("activity") : r.activityLabel);
            if (r.steps)
                tip += u'\n' + tr("%1 steps a day").arg(QLocale().toString(*r.steps));
            return plainToolTip(tip);
        }
        if (!r.notes.isEmpty())
            return plainToolTip(r.notes);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case PainNow:
        case PainRange:
        case PainExercise:
        case PainNextMorning:
        case Activity:
        case Adherence:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole) {
        // The signs that change what happens next stand out: new neurological signs and
        // symptoms spreading down the leg.
        if (index.column() == NeuroSigns && r.newNeuroSigns)
            return QBrush(tones::text(tones::Tone::Error));
        if (index.column() == LegSymptoms && r.legSymptoms == gradus::LegSymptoms::Peripheralising)
            return QBrush(tones::text(tones::Tone::Error));
    }
    if (role == Qt::FontRole && index.column() == PainNow) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case PainNow:
            return tr("Pain now, 0-10");
        case PainRange:
            return tr("Best and worst pain in the last 24 hours, 0-10");
        case PainExercise:
            return tr("Pain during exercise, 0-10");
        case PainNextMorning:
            return tr("Pain the morning after exercise, 0-10");
        case Activity:
            return tr("Minutes a day of the chosen activity");
        case Adherence:
            return tr("Sessions done of sessions prescribed since the last visit");
        case NeuroSigns:
            return tr("New neurological signs found at this visit");
        case Record:
            return tr("Whether the visit was corrected after it was saved");
        default:
            return {};
        }
    }
    return columnTitle({tr("Date"), tr("Status"), tr("Pain"), tr("Best\u2013worst"), tr("Exercise"),
                        tr("Morning"), tr("Activity"), tr("Sessions"), tr("Legs"), tr("Neuro"),
                        tr("Clinician")},
                       section, orientation, role);
}

} // namespace gradus
