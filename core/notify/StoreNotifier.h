#pragma once

#include <QObject>

#include <functional>

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

    // Calls `onChange` with the kind of every announcement (added, changed, removed or reset)
    // for as long as `context` lives: for a view that reloads what it shows of some kinds,
    // whatever happened to them. The view picks its kinds in `onChange`.
    void follow(QObject* context, const std::function<void(Kind)>& onChange)
    {
        for (auto signal :
             {&StoreNotifier::added, &StoreNotifier::changed, &StoreNotifier::removed})
            connect(this, signal, context, [onChange](Kind kind, qint64) { onChange(kind); });
        connect(this, &StoreNotifier::reset, context, onChange);
    }

signals:
    void added(gradus::StoreNotifier::Kind kind, qint64 id);
    void changed(gradus::StoreNotifier::Kind kind, qint64 id);
    void removed(gradus::StoreNotifier::Kind kind, qint64 id);
    // Many records changed at once (an import, demo data): reload everything of this kind.
    void reset(gradus::StoreNotifier::Kind kind);
};

} // namespace gradus
