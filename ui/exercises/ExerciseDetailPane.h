#pragma once

#include "model/Exercise.h"

#include <QWidget>

class QLabel;

namespace gradus {

class ExercisePictureWidget;

// The right-hand side of the library browser: one exercise with its picture, the patient's
// instructions and cues, the default dose and the properties the safety rules use.
class ExerciseDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseDetailPane(QWidget* parent = nullptr);

    // `names` maps stable ids to names for the easier/harder links.
    void showExercise(const Exercise& exercise, const QHash<QString, QString>& names);
    void clear();
    qint64 exerciseId() const { return m_id; }
    // The text shown, for tests.
    QString text() const;

signals:
    // A link to an easier or harder variant was clicked.
    void exerciseLinkActivated(const QString& stableId);

private:
    QLabel* m_title = nullptr;
    QLabel* m_badges = nullptr;
    ExercisePictureWidget* m_picture = nullptr;
    QLabel* m_body = nullptr;
    qint64 m_id = 0;
};

} // namespace gradus
