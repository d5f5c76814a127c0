#include "exchange/DeidentifiedOutcomes.h"

#include "exchange/Csv.h"
#include "model/Patient.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace gradus {

QStringList DeidentifiedOutcomes::header()
{
    return {QStringLiteral("study_id"), QStringLiteral("age_band"), QStringLiteral("sex"),
            QStringLiteral("episode"),  QStringLiteral("date"),     QStringLiteral("measure"),
            QStringLiteral("value"),    QStringLiteral("band"),     QStringLiteral("subscale"),
            QStringLiteral("answers"),  QStringLiteral("revision")};
}

QString DeidentifiedOutcomes::ageBand(int years)
{
    if (years < 0)
        return QStringLiteral("unknown");
    if (years < 18)
        return QStringLiteral("under 18");
    if (years < 30)
        return QStringLiteral("18-29");
    if (years >= 90)
        return QStringLiteral("90+");
    const int low = years / 10 * 10;
    return QStringLiteral("%1-%2").arg(low).arg(low + 9);
}

QByteArray DeidentifiedOutcomes::csv(const QList<OutcomePatient>& patients,
                                     QRandomGenerator& random)
{
    // Study numbers in random order, so that S001 is not the oldest record.
    QList<int> order(patients.size());
    std::iota(order.begin(), order.end(), 0);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random.bounded(quint32(i + 1)))]);
    const int width = std::max(3, int(QString::number(patients.size()).size()));

    QList<QPair<QString, QList<QStringList>>> byStudy;
    for (qsizetype n = 0; n < order.size(); ++n) {
        const OutcomePatient& p = patients.at(order.at(n));
        const QString studyId = QStringLiteral("S%1").arg(n + 1, width, 10, QLatin1Char('0'));
        int shift = 0;
        while (shift == 0)
            shift = int(random.bounded(2 * kMaxShiftDays + 1)) - kMaxShiftDays;
        const QList<OutcomeRow> rows = OutcomesTable::rows(p);
        QDate first;
        for (const OutcomeRow& r : rows)
            if (r.date.isValid() && (!first.isValid() || r.date < first))
                first = r.date;
        const QString band = ageBand(first.isValid() ? Patient::age(p.dateOfBirth, first) : -1);
        QList<qint64> episodes;
        for (const OutcomeRow& r : rows)
            if (r.episodeId && !episodes.contains(*r.episodeId))
                episodes.append(*r.episodeId);
        std::sort(episodes.begin(), episodes.end());
        QList<QStringList> lines;
        for (const OutcomeRow& r : rows) {
            const QString episode =
                r.episodeId ? QString::number(episodes.indexOf(*r.episodeId) + 1) : QString();
            lines.append(
                {studyId, band, p.sex, episode,
                 r.date.isValid() ? r.date.addDays(shift).toString(Qt::ISODate) : QString(),
                 r.measure, r.value, r.band, r.subscale, r.answers, QString::number(r.revision)});
        }
        // Rows by shifted date within a patient, as the identified table orders by visit.
        std::stable_sort(
            lines.begin(), lines.end(),
            [](const QStringList& a, const QStringList& b) { return a.at(4) < b.at(4); });
        byStudy.append({studyId, lines});
    }
    std::sort(byStudy.begin(), byStudy.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<QStringList> table;
    for (const auto& [study, lines] : std::as_const(byStudy))
        table.append(lines);
    return Csv::table(header(), table);
}

} // namespace gradus
