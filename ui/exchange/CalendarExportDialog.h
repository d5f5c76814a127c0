#pragma once

#include "exchange/ExportFileDialog.h"
#include "exchange/ProgrammeCalendar.h"

class QLabel;
class QSpinBox;

namespace gradus {

class Workspace;

// The builder's "Calendar Reminders…": a programme's reminders as an .ics file for the
// patient's phone. Lists the reminders it will hold and lets the clinician choose the hours
// of the first and last reminder of a day.
class CalendarExportDialog : public ExportFileDialog
{
    Q_OBJECT

public:
    CalendarExportDialog(Workspace& workspace, qint64 programmeId, QWidget* parent = nullptr);

    QSpinBox* firstHour() const { return m_first; }
    QSpinBox* lastHour() const { return m_last; }
    QLabel* summary() const { return m_summary; }

protected:
    Producer producer() override;

private:
    void refresh();
    CalendarOptions options() const;

    Workspace& m_workspace;
    qint64 m_programmeId = 0;
    QSpinBox* m_first = nullptr;
    QSpinBox* m_last = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_language = nullptr;
};

} // namespace gradus
