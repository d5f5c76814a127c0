#pragma once

#include <QWidget>

namespace gradus {

struct StoreSummary;

// The first thing a clinician sees before any feature view is chosen: what is open, and
// what Gradus will help with.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(const StoreSummary& store, QWidget* parent = nullptr);
};

} // namespace gradus
