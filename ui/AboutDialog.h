#pragma once

#include <QDialog>

namespace gradus {

class Database;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(Database& db, QWidget* parent = nullptr);
};

} // namespace gradus
