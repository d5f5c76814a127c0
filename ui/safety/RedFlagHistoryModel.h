#pragma once

#include "safety/RedFlagScreen.h"

#include "RecordTableModel.h"

namespace gradus {

class Workspace;

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

    explicit RedFlagHistoryModel(Workspace& workspace, QObject* parent = nullptr);

    void setPatient(qint64 patientId);
    // The same from the patient's screens already read (oldest first).
    void setScreens(qint64 patientId, QList<RedFlagScreen> screens);
    void reload();
    // For an owner that reads the screens once and feeds them here (setScreens): the model
    // stops reading them again on each change in the store.
    void stopFollowingStore();
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

    Workspace& m_workspace;
    qint64 m_patientId = 0;
};

} // namespace gradus
