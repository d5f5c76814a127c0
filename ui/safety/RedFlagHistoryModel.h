#pragma once

#include "safety/RedFlagScreen.h"

#include "RecordTableModel.h"

namespace gradus {

// A patient's red-flag screens for the Red flags tab, newest first, each flag with its own
// decision (one line per flag when they differ). A screen with a flag without a decision (it
// holds back handouts, whatever its date) is shown prominently: bold, in the banner's red
// tint, with the "avoid" icon of FindingPresentation on its date. Reloads on the store
// notifier's Kind::Screen. Raw values under SortRole for a QSortFilterProxyModel.
class RedFlagHistoryModel : public RecordTableModel<RedFlagScreen>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Clinician,
        Flags,
        Decision,
        Note,
        ColumnCount
    };
    enum Role
    {
        ScreenIdRole = IdRole,
        UnresolvedRole, // bool: a flag of this screen has no decision
    };

    explicit RedFlagHistoryModel(QObject* parent = nullptr) : RecordTableModel(ColumnCount, parent)
    {
    }

    // The patient's screens as read (oldest first), shown newest first. The red flags tab
    // reads them once and feeds this model and the banner.
    void setScreens(QList<RedFlagScreen> screens);
    // The screen at a source row (newest first).
    const RedFlagScreen& screenAt(int row) const { return records().at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString flagsText(const RedFlagScreen& screen) const;
    QString flagsTooltip(const RedFlagScreen& screen) const;
    QString decisionText(const RedFlagScreen& screen) const;
    QString decisionTooltip(const RedFlagScreen& screen) const;
    QString noteText(const RedFlagScreen& screen) const;
};

} // namespace gradus
