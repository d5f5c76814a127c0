#pragma once

#include <QObject>

namespace gradus {

// The one place storage announces changes (like Subsurface's DiveListNotifier): repositories
// emit here after a successful commit, and item models and views listen. Widgets never
// signal each other across the window.
class StoreNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Patient,
        Episode,
        Condition,
        Exercise,
        Programme,
        Prescription,
        Visit,
        Measure,
        Screen,
        Setting,
    };
    Q_ENUM(Kind)

    using QObject::QObject;

signals:
    void added(gradus::StoreNotifier::Kind kind, qint64 id);
    void changed(gradus::StoreNotifier::Kind kind, qint64 id);
    void removed(gradus::StoreNotifier::Kind kind, qint64 id);
    // Many records changed at once (an import, demo data): reload everything of this kind.
    void reset(gradus::StoreNotifier::Kind kind);
};

} // namespace gradus
