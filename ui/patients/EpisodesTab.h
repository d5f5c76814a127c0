#pragma once

#include "model/Condition.h"
#include "model/Episode.h"
#include "notify/StoreNotifier.h"
#include "util/Result.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gradus {

class PatientEditor;

// The "Episodes & profile" tab: the patient's episodes of care (newest first, the open one
// in bold, each with its phase of care), and the coded conditions of the selected episode.
// Every change goes through PatientEditor, so it is undoable.
class EpisodesTab : public QWidget
{
    Q_OBJECT

public:
    explicit EpisodesTab(PatientEditor& editor, QWidget* parent = nullptr);

    void setPatientId(qint64 patientId);
    qint64 selectedEpisodeId() const;
    void selectEpisode(qint64 episodeId);
    QTreeWidget* episodeList() const { return m_episodes; }
    QTreeWidget* conditionList() const { return m_conditions; }

public slots:
    void newEpisode();
    void editEpisode();
    void closeEpisode();
    void addCondition();
    void editCondition();
    void toggleConditionStatus();
    void removeCondition();

private:
    void reload();
    void showConditions();
    void updateButtons();
    void onStoreChange(StoreNotifier::Kind kind);
    const Episode* selectedEpisode() const;
    const Condition* selectedCondition() const;
    void report(const Status& status);

    PatientEditor& m_editor;
    qint64 m_patientId = 0;
    QList<Episode> m_episodeData;
    // Why the episodes or the shown episode's conditions could not be read (empty: they were).
    QString m_unreadable;
    QList<Condition> m_conditionData;
    QTreeWidget* m_episodes = nullptr;
    QTreeWidget* m_conditions = nullptr;
    QLabel* m_profileTitle = nullptr;
    QPushButton* m_newEpisode = nullptr;
    QPushButton* m_editEpisode = nullptr;
    QPushButton* m_closeEpisode = nullptr;
    QPushButton* m_addCondition = nullptr;
    QPushButton* m_editCondition = nullptr;
    QPushButton* m_toggleCondition = nullptr;
    QPushButton* m_removeCondition = nullptr;
};

} // namespace gradus
