#pragma once

#include "connection/DatabaseLocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gradus {

// File → Open Database…: a Gradus database file on this computer, or the clinic's server
// (postgresql://user@host:5432/name). Accepts only a location that parses; the caller opens it.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDatabaseDialog(const DatabaseLocation& current, QWidget* parent = nullptr);

    DatabaseLocation location() const { return m_location; }

    QRadioButton* fileChoice() const { return m_file; }
    QRadioButton* serverChoice() const { return m_server; }
    QLineEdit* pathField() const { return m_path; }
    QLineEdit* urlField() const { return m_url; }

    void accept() override;

private:
    void browse();
    void updateEnabled();

    QRadioButton* m_file = nullptr;
    QRadioButton* m_server = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_problem = nullptr;
    DatabaseLocation m_location;
};

} // namespace gradus
