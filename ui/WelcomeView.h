#pragma once

#include <QWidget>

namespace gradus {

class Database;

// The first thing a clinician sees before any feature view is chosen: what is open, and
// what Gradus will help with.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(Database& db, QWidget* parent = nullptr);
};

} // namespace gradus
