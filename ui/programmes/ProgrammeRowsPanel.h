#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gradus {

class ProgrammeTableModel;

// The builder's prescriptions: the table (rows dragged to reorder, library exercises dropped
// in; dose, side and note edited in place through PrescriptionDelegate), the row buttons under it
// (Edit dose, Remove, Move up, Move down; Delete removes too) and the builder's status line beside
// them. It only asks: the builder makes the edits.
class ProgrammeRowsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeRowsPanel(ProgrammeTableModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    int selectedRow() const;
    void selectRow(int row);
    // Rows of a read-only version can be neither changed nor dragged.
    void setEditable(bool editable);

signals:
    void doseRequested(int row);
    void removeRequested(int row);
    void moveRequested(int row, int delta);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    // Sizes the columns to the table's width (see the constructor).
    void fitColumns();

    ProgrammeTableModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_doseButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
    bool m_editable = false;
};

} // namespace gradus
